package ai.segments.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.testfixtures.ApiExamples;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

/**
 * A raw HTTP client for tests: sends what the Python SDK sends (APIKey header, JSON bodies, gzip on
 * the compressed operations) over a real socket.
 */
final class ApiClient {

  static final ObjectMapper MAPPER = new ObjectMapper();

  /** An answer: status, headers and body. */
  record Reply(int status, HttpResponse<String> raw) {

    String body() {
      return raw.body();
    }

    JsonNode json() {
      try {
        return MAPPER.readTree(raw.body());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String detail() {
      return json().path("detail").asText();
    }

    String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }

    Reply expect(int expected) {
      assertThat(status)
          .as("status of %s: %s", raw.request().uri(), raw.body())
          .isEqualTo(expected);
      return this;
    }
  }

  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final String baseUrl;
  private final String apiKey;

  ApiClient(String baseUrl, String apiKey) {
    this.baseUrl = baseUrl;
    this.apiKey = apiKey;
  }

  ApiClient(SegmentsEmulator emulator) {
    this(emulator.baseUrl(), emulator.apiKey());
  }

  /** The same client with another API key (null: no Authorization header). */
  ApiClient as(String key) {
    return new ApiClient(baseUrl, key);
  }

  /** Percent-encodes one path segment or query value (space as %20, plus as %2B). */
  static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** A path from segments, each encoded, with a trailing slash. */
  static String path(String... segments) {
    return Arrays.stream(segments).map(ApiClient::enc).collect(Collectors.joining("/", "", "/"));
  }

  static JsonNode json(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode example(String name) {
    return json(ApiExamples.text(name));
  }

  Reply get(String path) {
    return send("GET", path, null, false);
  }

  Reply post(String path, Object body) {
    return send("POST", path, body, false);
  }

  Reply postGzip(String path, Object body) {
    return send("POST", path, body, true);
  }

  Reply put(String path, Object body) {
    return send("PUT", path, body, true);
  }

  Reply patch(String path, Object body) {
    return send("PATCH", path, body, false);
  }

  Reply patchGzip(String path, Object body) {
    return send("PATCH", path, body, true);
  }

  Reply delete(String path) {
    return send("DELETE", path, null, false);
  }

  Reply delete(String path, Object body) {
    return send("DELETE", path, body, false);
  }

  /** Sends a request; {@code body} is a JSON string or an object Jackson serializes. */
  Reply send(String method, String path, Object body, boolean gzip) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + path.replaceFirst("^/", "")))
            .timeout(Duration.ofSeconds(10))
            .header("X-source", "python-sdk");
    if (apiKey != null) {
      request.header("Authorization", "APIKey " + apiKey);
    }
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      byte[] bytes = bytes(body);
      if (gzip) {
        bytes = gzip(bytes);
        request.header("Content-Encoding", "gzip");
      }
      request.header("Content-Type", "application/json");
      request.method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
    }
    return send(request.build());
  }

  Reply send(HttpRequest request) {
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpClient http() {
    return http;
  }

  private static byte[] bytes(Object body) {
    try {
      return body instanceof String text
          ? text.getBytes(StandardCharsets.UTF_8)
          : MAPPER.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
