package ai.segments.emulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** An API error answered as a JSON body: {@code {"detail": ...}} or a DRF-style field map. */
final class ApiException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final transient ObjectNode body;

  private ApiException(int status, ObjectNode body) {
    super(body.toString(), null, false, false);
    this.status = status;
    this.body = body;
  }

  static ApiException detail(int status, String detail) {
    return new ApiException(status, Json.object().put("detail", detail));
  }

  static ApiException field(String field, String message) {
    ObjectNode body = Json.object();
    body.putArray(field).add(message);
    return new ApiException(400, body);
  }

  static ApiException notFound() {
    return detail(404, "Not found.");
  }

  static ApiException forbidden() {
    return detail(403, "You do not have permission to perform this action.");
  }

  static ApiException badRequest(String detail) {
    return detail(400, detail);
  }

  static ApiException required(String field) {
    return field(field, "This field is required.");
  }

  static ApiException invalidChoice(String field, String value) {
    return field(field, "\"" + value + "\" is not a valid choice.");
  }

  int status() {
    return status;
  }

  ObjectNode body() {
    return body;
  }
}
