package ai.segments.emulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One request the emulator received, as kept in the {@link RequestLog}.
 *
 * @param time when it arrived
 * @param method the HTTP method
 * @param path the raw (still percent-encoded) path
 * @param query the raw query string, or null
 * @param headers the request headers (names as sent)
 * @param body the request body as text, gunzipped when it was gzip-encoded (its first 64 KiB);
 *     empty when the request was answered before its body was read (unknown path, no valid API key)
 *     or its body was refused (too large, malformed gzip)
 * @param operation the operation name (e.g. {@code getSamples}), or null for an unknown path
 * @param status the status answered, or {@link #DROPPED} when the connection was dropped
 */
public record RecordedRequest(
    Instant time,
    String method,
    String path,
    String query,
    Map<String, List<String>> headers,
    String body,
    String operation,
    int status) {

  /** The status recorded for a request whose connection was dropped by a fault. */
  public static final int DROPPED = -1;

  /**
   * The first value of a header, ignoring case.
   *
   * @param name the header name
   * @return the value, or null
   */
  public String header(String name) {
    return headers.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty())
        .map(e -> e.getValue().get(0))
        .findFirst()
        .orElse(null);
  }

  /**
   * The {@code X-Segments-Retry-Count} header sent by our client on retries.
   *
   * @return its value, or 0 when absent or not a number
   */
  public int retryCount() {
    try {
      String value = header("X-Segments-Retry-Count");
      return value == null ? 0 : Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
