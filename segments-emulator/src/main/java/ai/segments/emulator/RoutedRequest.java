package ai.segments.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * A routed request: decoded path parameters, query parameters, the (decompressed) body and the
 * authenticated user.
 */
final class RoutedRequest {

  private final String method;
  private final Map<String, String> pathParams;
  private final Map<String, String> query;
  private final Map<String, List<String>> headers;
  private final byte[] body;
  private final StoredAccount user;
  private JsonNode json;

  RoutedRequest(
      String method,
      Map<String, String> pathParams,
      Map<String, String> query,
      Map<String, List<String>> headers,
      byte[] body,
      StoredAccount user) {
    this.method = method;
    this.pathParams = pathParams;
    this.query = query;
    this.headers = headers;
    this.body = body;
    this.user = user;
  }

  String method() {
    return method;
  }

  /** A decoded path parameter, e.g. {@code owner}. */
  String path(String name) {
    return pathParams.get(name);
  }

  /** The dataset full name {@code owner/dataset} from the path. */
  String datasetId() {
    return path("owner") + "/" + path("dataset");
  }

  /** A decoded query parameter, or null. */
  String query(String name) {
    return query.get(name);
  }

  Map<String, List<String>> headers() {
    return headers;
  }

  String header(String name) {
    for (Map.Entry<String, List<String>> e : headers.entrySet()) {
      if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
        return e.getValue().get(0);
      }
    }
    return null;
  }

  byte[] body() {
    return body;
  }

  /** The body parsed as JSON (a null node when empty). */
  JsonNode json() {
    if (json == null) {
      json = Json.parse(body);
    }
    return json;
  }

  /** The authenticated user; null only on unauthenticated routes. */
  StoredAccount user() {
    return user;
  }
}
