package ai.segments.client.exception;

/** Input or a response does not match the API model; raised before sending where possible. */
public class ValidationException extends SegmentsException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a message, a cause and the details of the failed call.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or {@code null}
   * @param details the details of the failed call
   */
  public ValidationException(String message, Throwable cause, SegmentsErrorDetails details) {
    super(message, cause, details);
  }
}
