package ai.segments.autoconfigure.webhook;

import ai.segments.autoconfigure.SegmentsConfigurationException;
import ai.segments.spring.webhook.WebhookSignatureVerifier;
import java.time.Duration;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the Segments.ai webhook endpoint ({@code segments.webhook.*}).
 *
 * <p>With {@code segments.webhook.enabled=true}, a missing or undecodable secret or an invalid
 * limit fails the startup with a {@link SegmentsConfigurationException} that names the property but
 * never shows its value.
 */
@ConfigurationProperties("segments.webhook")
public class SegmentsWebhookProperties implements InitializingBean {

  private static final String SECRET = "segments.webhook.secret";
  private static final String MISSING_SECRET =
      "No Segments webhook secret is configured: the webhook endpoint"
          + " (segments.webhook.enabled=true) needs it to verify signatures.";
  private static final String SET_SECRET =
      "Set 'segments.webhook.secret' (or SEGMENTS_WEBHOOK_SECRET) to the signing secret of your"
          + " endpoint on the Segments.ai webhook settings page (whsec_...), or set"
          + " 'segments.webhook.enabled=false'.";

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
   * How far a message timestamp may lie in the past or the future. A processed message id is
   * remembered until its own timestamp plus this tolerance (while the message could still verify),
   * so re-deliveries and replays are acknowledged without being published twice.
   */
  private Duration tolerance = Duration.ofMinutes(5);

  /** Largest accepted request body; larger requests are answered with 413. */
  private DataSize maxBodySize = DataSize.ofMegabytes(1);

  /**
   * How many message ids are remembered at most for de-duplication (bounding its memory). When this
   * many ids can still verify, a new message is refused with 503 and Retry-After (the sender
   * retries later) rather than forgetting an id whose message could then be replayed. The default
   * allows 10,000 messages per tolerance window.
   */
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
   * The timestamp tolerance, also how long after its timestamp a message id is remembered.
   *
   * @return the tolerance
   */
  public Duration getTolerance() {
    return tolerance;
  }

  /**
   * Sets the timestamp tolerance, also how long after its timestamp a message id is remembered.
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
   * The capacity of the replay cache; new messages are refused with 503 while it is full.
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
   * Checks the bound values of an enabled endpoint.
   *
   * @throws SegmentsConfigurationException naming the first property with a missing or invalid
   *     value; never showing the secret
   */
  @Override
  public void afterPropertiesSet() {
    if (!enabled) {
      return;
    }
    if (!StringUtils.hasText(secret)) {
      throw new SegmentsConfigurationException(SECRET, MISSING_SECRET, SET_SECRET);
    }
    if (!WebhookSignatureVerifier.isValidSecret(secret)) {
      throw invalid(SECRET, "is not a signing secret (whsec_ and base64)");
    }
    if (!StringUtils.hasText(path) || !path.startsWith("/")) {
      throw invalid("segments.webhook.path", "must start with '/'");
    }
    if (tolerance == null || tolerance.toSeconds() < 1) {
      throw invalid("segments.webhook.tolerance", "must be at least 1s");
    }
    if (maxBodySize == null || maxBodySize.toBytes() < 1) {
      throw invalid("segments.webhook.max-body-size", "must be positive");
    }
    if (replayCacheSize < 1) {
      throw invalid("segments.webhook.replay-cache-size", "must be at least 1");
    }
  }

  private static SegmentsConfigurationException invalid(String property, String problem) {
    return SegmentsConfigurationException.invalidProperty(
        property, problem, "Correct '" + property + "' (value not shown).");
  }
}
