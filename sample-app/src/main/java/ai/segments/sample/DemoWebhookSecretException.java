package ai.segments.sample;

/**
 * The app talks to the real API while its webhook secret is still the public demo value; see {@link
 * DemoWebhookSecretGuard}.
 */
public class DemoWebhookSecretException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public DemoWebhookSecretException() {
    super(
        "The webhook secret '"
            + DemoWebhookSecretGuard.SECRET_PROPERTY
            + "' is the public demo value from application.yml, but the app talks to the real"
            + " Segments API (segments.api-key is set): anyone could sign webhooks it accepts.");
  }

  /**
   * What to do about it.
   *
   * @return the action, naming the property and its environment variable
   */
  public String action() {
    return "Set '"
        + DemoWebhookSecretGuard.SECRET_PROPERTY
        + "' (or the environment variable SEGMENTS_WEBHOOK_SECRET) to the signing secret of your"
        + " endpoint from the Segments.ai webhook settings, or switch webhooks off with"
        + " segments.webhook.enabled=false.";
  }
}
