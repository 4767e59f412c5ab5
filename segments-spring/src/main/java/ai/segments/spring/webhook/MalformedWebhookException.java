package ai.segments.spring.webhook;

/**
 * A verified webhook body that is not a Segments.ai event envelope. The message is safe to show to
 * the sender.
 */
public class MalformedWebhookException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong with the body
   */
  public MalformedWebhookException(String message) {
    super(message);
  }
}
