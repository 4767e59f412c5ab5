package ai.segments.client.exception;

/**
 * The API throttled the request (HTTP 429, or a {@code throttled} detail); see {@link
 * #retryAfter()}.
 */
public class ApiLimitException extends SegmentsException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a message, a cause and the details of the failed call.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or {@code null}
   * @param details the details of the failed call
   */
  public ApiLimitException(String message, Throwable cause, SegmentsErrorDetails details) {
    super(message, cause, details);
  }
}
