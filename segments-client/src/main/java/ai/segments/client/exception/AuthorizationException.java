package ai.segments.client.exception;

/** The API key is valid but not allowed to do this (HTTP 403, or the SDK's permission texts). */
public class AuthorizationException extends SegmentsException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a message, a cause and the details of the failed call.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or {@code null}
   * @param details the details of the failed call
   */
  public AuthorizationException(String message, Throwable cause, SegmentsErrorDetails details) {
    super(message, cause, details);
  }
}
