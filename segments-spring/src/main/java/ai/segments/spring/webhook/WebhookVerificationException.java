package ai.segments.spring.webhook;

/**
 * A webhook request failed signature verification: a missing or malformed header, a timestamp out
 * of tolerance, or no matching signature. The message is safe to show to the sender: it never
 * contains the secret or the expected signature.
 */
public class WebhookVerificationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what failed, without secrets
   */
  public WebhookVerificationException(String message) {
    super(message);
  }
}
