package ai.segments.client.exception;

/** The user cannot be added as a collaborator, or already is one. */
public class CollaboratorException extends NetworkException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a message, a cause and the details of the failed call.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or {@code null}
   * @param details the details of the failed call
   */
  public CollaboratorException(String message, Throwable cause, SegmentsErrorDetails details) {
    super(message, cause, details);
  }
}
