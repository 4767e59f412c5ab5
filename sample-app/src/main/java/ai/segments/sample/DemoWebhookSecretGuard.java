package ai.segments.sample;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Refuses to start against the real API while webhooks are on with the demo secret of {@code
 * application.yml}: anyone who has read this repository could sign notifications the app accepts
 * (and, with a forged {@code release.created}, make it fetch releases of datasets of their choice).
 * The failure is explained by {@link DemoWebhookSecretFailureAnalyzer}.
 */
@Component
@ConditionalOnBooleanProperty(
    name = EmulatorByDefault.EMULATOR_ENABLED,
    havingValue = false,
    matchIfMissing = true)
public class DemoWebhookSecretGuard {

  /** The demo signing secret in {@code application.yml}, for the embedded emulator only. */
  public static final String DEMO_SECRET = "whsec_c2VnbWVudHMtc2FtcGxlLWFwcC1kZW1vLXNlY3JldCE=";

  /** The webhook secret property. */
  public static final String SECRET_PROPERTY = "segments.webhook.secret";

  /**
   * Checks the secret.
   *
   * @param environment the application environment
   * @throws DemoWebhookSecretException if webhooks are on with the demo secret
   */
  public DemoWebhookSecretGuard(Environment environment) {
    boolean webhooks = environment.getProperty("segments.webhook.enabled", Boolean.class, false);
    if (webhooks && DEMO_SECRET.equals(environment.getProperty(SECRET_PROPERTY))) {
      throw new DemoWebhookSecretException();
    }
  }
}
