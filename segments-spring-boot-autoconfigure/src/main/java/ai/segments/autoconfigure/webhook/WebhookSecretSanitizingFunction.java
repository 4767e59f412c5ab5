package ai.segments.autoconfigure.webhook;

import java.util.Locale;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks {@code segments.webhook.secret} in Actuator's {@code env} and {@code configprops}
 * endpoints, in every spelling ({@code SEGMENTS_WEBHOOK_SECRET}, {@code segments.webhook.secret}),
 * even with {@code show-values=ALWAYS}.
 */
public class WebhookSecretSanitizingFunction implements SanitizingFunction {

  /** Creates the function. */
  public WebhookSecretSanitizingFunction() {}

  /**
   * Masks the value if the key is the webhook secret.
   *
   * @param data a property
   * @return the property, masked if it is the secret
   */
  @Override
  public SanitizableData apply(SanitizableData data) {
    String key = data.getKey().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    return "segmentswebhooksecret".equals(key) ? data.withSanitizedValue() : data;
  }
}
