package ai.segments.client.exception;

/**
 * A request failed at the server or on the way there; base of the HTTP error exceptions, as the
 * SDK's {@code NetworkError}.
 */
public class NetworkException extends SegmentsException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a message, a cause and the details of the failed call.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or {@code null}
   * @param details the details of the failed call
   */
  public NetworkException(String message, Throwable cause, SegmentsErrorDetails details) {
    super(message, cause, details);
  }
}
