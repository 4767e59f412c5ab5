package ai.segments.emulator.webhook;

import java.net.URI;
import java.util.Base64;
import java.util.Objects;

/**
 * Where the emulator sends webhooks, and the secret it signs them with.
 *
 * @param url the endpoint, e.g. {@code http://localhost:8080/segments/webhooks}
 * @param secret the signing secret, {@code whsec_<base64>}
 */
public record WebhookTarget(URI url, String secret) {

  /**
   * Checks the values.
   *
   * @throws IllegalArgumentException if the URL is not absolute http(s) or the secret is not {@code
   *     whsec_<base64>} (the message does not show the secret)
   */
  public WebhookTarget {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(secret, "secret");
    if (!url.isAbsolute() || !url.getScheme().matches("(?i)https?")) {
      throw new IllegalArgumentException("The webhook URL must be absolute http(s): " + url);
    }
    WebhookSigner.key(secret);
  }

  /** Shows the URL only, never the secret. */
  @Override
  public String toString() {
    return "WebhookTarget[url=" + url + "]";
  }

  /**
   * A new random secret, {@code whsec_} and 32 random bytes in base64.
   *
   * @return the secret
   */
  public static String randomSecret() {
    byte[] key = new byte[32];
    new java.security.SecureRandom().nextBytes(key);
    return WebhookSigner.PREFIX + Base64.getEncoder().encodeToString(key);
  }
}
