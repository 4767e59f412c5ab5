package ai.segments.client.exception;

/** The request timed out: a read or connect timeout, HTTP 504/408, or a gateway time-out page. */
public class SegmentsTimeoutException extends SegmentsException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a message, a cause and the details of the failed call.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or {@code null}
   * @param details the details of the failed call
   */
  public SegmentsTimeoutException(String message, Throwable cause, SegmentsErrorDetails details) {
    super(message, cause, details);
  }
}
