package ai.segments.client.exception;

import java.time.Duration;

/**
 * What is known about a failed call: the operation, the HTTP status and a bounded excerpt of the
 * response body. Never holds the API key.
 *
 * @param operation the SDK operation name in camelCase (e.g. {@code getSamples}), or {@code null}
 * @param statusCode the HTTP status code, or {@code null} when no response was received
 * @param responseExcerpt a bounded excerpt of the response body, or {@code null}
 * @param retryAfter the wait the server asked for ({@code Retry-After}), or {@code null}
 * @param transportFailure {@code true} when no HTTP response was received (connection refused or
 *     reset, timeout)
 */
public record SegmentsErrorDetails(
    String operation,
    Integer statusCode,
    String responseExcerpt,
    Duration retryAfter,
    boolean transportFailure) {

  /** Details for a failure that has nothing to do with a particular call. */
  public static final SegmentsErrorDetails NONE =
      new SegmentsErrorDetails(null, null, null, null, false);

  /**
   * Details for a failure detected before any request was sent.
   *
   * @param operation the operation name
   * @return the details
   */
  public static SegmentsErrorDetails beforeRequest(String operation) {
    return new SegmentsErrorDetails(operation, null, null, null, false);
  }

  /**
   * Details for a failure in which no HTTP response was received.
   *
   * @param operation the operation name
   * @return the details
   */
  public static SegmentsErrorDetails transport(String operation) {
    return new SegmentsErrorDetails(operation, null, null, null, true);
  }

  /**
   * Details for an HTTP response that the client rejected.
   *
   * @param operation the operation name
   * @param statusCode the HTTP status code
   * @param responseExcerpt a bounded excerpt of the body
   * @param retryAfter the server's requested wait, or {@code null}
   * @return the details
   */
  public static SegmentsErrorDetails response(
      String operation, int statusCode, String responseExcerpt, Duration retryAfter) {
    return new SegmentsErrorDetails(operation, statusCode, responseExcerpt, retryAfter, false);
  }
}
