package ai.segments.client.exception;

/** The account's subscription does not allow this (HTTP 402, free trial ended, user limit). */
public class SubscriptionException extends NetworkException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a message, a cause and the details of the failed call.
   *
   * @param message what went wrong
   * @param cause the underlying failure, or {@code null}
   * @param details the details of the failed call
   */
  public SubscriptionException(String message, Throwable cause, SegmentsErrorDetails details) {
    super(message, cause, details);
  }
}
