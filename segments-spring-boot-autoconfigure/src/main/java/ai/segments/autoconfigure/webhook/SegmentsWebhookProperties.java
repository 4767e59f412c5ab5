package ai.segments.autoconfigure.webhook;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Settings of the Segments.ai webhook endpoint ({@code segments.webhook.*}).
 *
 * <p>The class validates itself when bound: with {@code segments.webhook.enabled=true} a missing or
 * undecodable secret fails the startup with a message that names the property but never shows its
 * value.
 */
@ConfigurationProperties("segments.webhook")
public class SegmentsWebhookProperties implements Validator {

  /** Whether to register the webhook endpoint (servlet web applications only). */
  private boolean enabled = false;

  /** Path of the webhook endpoint; Segments.ai POSTs the notifications there. */
  private String path = "/segments/webhooks";

  /**
   * Signing secret of the webhook endpoint, as shown on the Segments.ai account page: "whsec_"
   * followed by base64. Required when the endpoint is enabled.
   */
  private String secret;

  /**
   * How far a message timestamp may lie in the past or the future; also how long a message id is
   * remembered to acknowledge re-deliveries without publishing them twice.
   */
  private Duration tolerance = Duration.ofMinutes(5);

  /** Largest accepted request body; larger requests are answered with 413. */
  private DataSize maxBodySize = DataSize.ofMegabytes(1);

  /** How many recently delivered message ids are remembered at most for de-duplication. */
  private int replayCacheSize = 10_000;

  /** Creates the properties with their defaults. */
  public SegmentsWebhookProperties() {}

  /**
   * Whether the endpoint is registered.
   *
   * @return {@code true} when enabled
   */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Sets whether the endpoint is registered.
   *
   * @param enabled {@code true} to register it
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * The endpoint path.
   *
   * @return the path, e.g. {@code /segments/webhooks}
   */
  public String getPath() {
    return path;
  }

  /**
   * Sets the endpoint path.
   *
   * @param path the path, starting with {@code /}
   */
  public void setPath(String path) {
    this.path = path;
  }

  /**
   * The signing secret.
   *
   * @return the secret ({@code whsec_<base64>}), or {@code null}
   */
  public String getSecret() {
    return secret;
  }

  /**
   * Sets the signing secret.
   *
   * @param secret the secret ({@code whsec_<base64>})
   */
  public void setSecret(String secret) {
    this.secret = secret;
  }

  /**
   * The timestamp tolerance and replay window.
   *
   * @return the tolerance
   */
  public Duration getTolerance() {
    return tolerance;
  }

  /**
   * Sets the timestamp tolerance and replay window.
   *
   * @param tolerance the tolerance, positive
   */
  public void setTolerance(Duration tolerance) {
    this.tolerance = tolerance;
  }

  /**
   * The body size limit.
   *
   * @return the largest accepted body
   */
  public DataSize getMaxBodySize() {
    return maxBodySize;
  }

  /**
   * Sets the body size limit.
   *
   * @param maxBodySize the largest accepted body
   */
  public void setMaxBodySize(DataSize maxBodySize) {
    this.maxBodySize = maxBodySize;
  }

  /**
   * The capacity of the replay cache.
   *
   * @return how many message ids are remembered at most
   */
  public int getReplayCacheSize() {
    return replayCacheSize;
  }

  /**
   * Sets the capacity of the replay cache.
   *
   * @param replayCacheSize how many message ids are remembered at most, at least 1
   */
  public void setReplayCacheSize(int replayCacheSize) {
    this.replayCacheSize = replayCacheSize;
  }

  /**
   * Supports only this class.
   *
   * @param type the class to validate
   * @return whether it is this class
   */
  @Override
  public boolean supports(Class<?> type) {
    return SegmentsWebhookProperties.class.isAssignableFrom(type);
  }

  /**
   * Checks the settings of an enabled endpoint. Errors are global (not field errors) so that the
   * failure report never prints the secret.
   *
   * @param target these properties
   * @param errors collects the problems
   */
  @Override
  public void validate(Object target, Errors errors) {
    SegmentsWebhookProperties properties = (SegmentsWebhookProperties) target;
    if (!properties.isEnabled()) {
      return;
    }
    if (!StringUtils.hasText(properties.getSecret())) {
      errors.reject(
          "segments.webhook.secret.missing",
          "segments.webhook.secret must be set (whsec_<base64>, from the Segments.ai webhook"
              + " settings) when segments.webhook.enabled=true");
    } else if (!WebhookSignatureVerifier.isValidSecret(properties.getSecret())) {
      errors.reject(
          "segments.webhook.secret.invalid",
          "segments.webhook.secret is not a webhook signing secret: expected whsec_ followed by"
              + " base64 (value not shown)");
    }
    if (!StringUtils.hasText(properties.getPath()) || !properties.getPath().startsWith("/")) {
      errors.reject("segments.webhook.path.invalid", "segments.webhook.path must start with '/'");
    }
    if (properties.getTolerance() == null
        || properties.getTolerance().isNegative()
        || properties.getTolerance().isZero()) {
      errors.reject(
          "segments.webhook.tolerance.invalid", "segments.webhook.tolerance must be positive");
    }
    if (properties.getMaxBodySize() == null || properties.getMaxBodySize().toBytes() <= 0) {
      errors.reject(
          "segments.webhook.max-body-size.invalid",
          "segments.webhook.max-body-size must be positive");
    }
    if (properties.getReplayCacheSize() < 1) {
      errors.reject(
          "segments.webhook.replay-cache-size.invalid",
          "segments.webhook.replay-cache-size must be at least 1");
    }
  }
}
