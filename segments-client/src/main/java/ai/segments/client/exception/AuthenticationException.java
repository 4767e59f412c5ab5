package ai.segments.client.exception;

/**
 * The API key is missing or not accepted (HTTP 401, or the SDK's "credentials were not provided"
 * text).
 */
public class AuthenticationException extends SegmentsException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a message, a cause and the details of the failed call.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or {@code null}
   * @param details the details of the failed call
   */
  public AuthenticationException(String message, Throwable cause, SegmentsErrorDetails details) {
    super(message, cause, details);
  }
}
