package ai.segments.client.exception;

/**
 * The resource does not exist or is not visible to this key (HTTP 404, or an {@code invalid page}).
 */
public class NotFoundException extends NetworkException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a message, a cause and the details of the failed call.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or {@code null}
   * @param details the details of the failed call
   */
  public NotFoundException(String message, Throwable cause, SegmentsErrorDetails details) {
    super(message, cause, details);
  }
}
