package ai.segments.client.exception;

/** A resource with that name already exists (HTTP 409, or the SDK's "already exists" text). */
public class AlreadyExistsException extends NetworkException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a message, a cause and the details of the failed call.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or {@code null}
   * @param details the details of the failed call
   */
  public AlreadyExistsException(String message, Throwable cause, SegmentsErrorDetails details) {
    super(message, cause, details);
  }
}
