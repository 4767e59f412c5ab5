package ai.segments.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A response before it is written: status, headers and body bytes. */
final class ApiResponse {

  static final String JSON = "application/json";

  private final int status;
  private final String contentType;
  private final byte[] body;
  private final Map<String, String> headers = new LinkedHashMap<>();

  ApiResponse(int status, String contentType, byte[] body) {
    this.status = status;
    this.contentType = contentType;
    this.body = body;
  }

  static ApiResponse ok(JsonNode body) {
    return json(200, body);
  }

  static ApiResponse created(JsonNode body) {
    return json(201, body);
  }

  static ApiResponse json(int status, JsonNode body) {
    return new ApiResponse(status, JSON, Json.bytes(body));
  }

  static ApiResponse noContent() {
    return new ApiResponse(204, null, new byte[0]);
  }

  static ApiResponse error(ApiException e) {
    return json(e.status(), e.body());
  }

  static ApiResponse text(int status, String contentType, String body) {
    return new ApiResponse(status, contentType, body.getBytes(StandardCharsets.UTF_8));
  }

  ApiResponse header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  int status() {
    return status;
  }

  String contentType() {
    return contentType;
  }

  byte[] body() {
    return body;
  }

  Map<String, String> headers() {
    return headers;
  }

  /** A copy with another status, content type or body; headers are kept. */
  ApiResponse with(int newStatus, String newContentType, byte[] newBody) {
    ApiResponse copy = new ApiResponse(newStatus, newContentType, newBody);
    copy.headers.putAll(headers);
    return copy;
  }
}
