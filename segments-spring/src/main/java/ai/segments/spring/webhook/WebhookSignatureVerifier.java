package ai.segments.spring.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Verifies the Svix signature of a Segments.ai webhook (API §6.2). Free of Spring, thread-safe.
 *
 * <ol>
 *   <li>The secret {@code whsec_<base64>} is base64-decoded (without the prefix) into the HMAC key.
 *   <li>The signed content is {@code id + "." + timestamp + "." + raw body}.
 *   <li>The {@code svix-signature} header holds space-separated {@code v1,<base64>} entries; the
 *       message is authentic if any {@code v1} entry equals {@code base64(HMAC-SHA256(key,
 *       content))}, compared in constant time. Other versions are ignored.
 *   <li>The timestamp (Unix seconds) must lie within the tolerance of the clock, in the past or the
 *       future.
 * </ol>
 *
 * <p>Headers are read with the {@code svix-} prefix, or the {@code webhook-} prefix when no {@code
 * svix-id} header is present, like the official libraries.
 */
public final class WebhookSignatureVerifier {

  /** The prefix of webhook signing secrets. */
  public static final String SECRET_PREFIX = "whsec_";

  private static final String ALGORITHM = "HmacSHA256";
  private static final String VERSION = "v1";

  private final SecretKeySpec key;
  private final Duration tolerance;
  private final Clock clock;

  /**
   * Creates a verifier.
   *
   * @param secret the signing secret, {@code whsec_<base64>} (the prefix is optional)
   * @param tolerance how far the timestamp may lie from the clock's time, in either direction
   * @param clock the clock giving the current time
   * @throws IllegalArgumentException if the secret is not base64 or empty (the message does not
   *     show it)
   */
  public WebhookSignatureVerifier(String secret, Duration tolerance, Clock clock) {
    this.key = new SecretKeySpec(keyBytes(secret), ALGORITHM);
    this.tolerance = Objects.requireNonNull(tolerance, "tolerance");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Whether a value is a usable signing secret: {@code whsec_} (optional) followed by non-empty
   * base64.
   *
   * @param secret the value to check, may be {@code null}
   * @return whether it decodes to a key
   */
  public static boolean isValidSecret(String secret) {
    try {
      keyBytes(secret);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static byte[] keyBytes(String secret) {
    if (secret == null) {
      throw new IllegalArgumentException("The webhook secret is missing");
    }
    String encoded = secret.trim();
    if (encoded.startsWith(SECRET_PREFIX)) {
      encoded = encoded.substring(SECRET_PREFIX.length());
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(encoded);
    } catch (IllegalArgumentException e) {
      // Base64's message would quote a character of the secret.
      throw new IllegalArgumentException("The webhook secret is not base64 after 'whsec_'", null);
    }
    if (bytes.length == 0) {
      throw new IllegalArgumentException("The webhook secret is empty");
    }
    return bytes;
  }

  /**
   * Verifies a request given a header lookup (case-insensitive names expected).
   *
   * @param headers returns the value of a request header, or {@code null} when absent
   * @param body the raw request body, exactly as received
   * @return the verified message: its id and signed timestamp
   * @throws WebhookVerificationException if a header is missing or malformed, the timestamp is out
   *     of tolerance or no signature matches
   */
  public VerifiedWebhookMessage verify(UnaryOperator<String> headers, byte[] body) {
    String prefix = headers.apply("svix-id") != null ? "svix-" : "webhook-";
    String id = headers.apply(prefix + "id");
    Instant timestamp =
        verify(id, headers.apply(prefix + "timestamp"), headers.apply(prefix + "signature"), body);
    return new VerifiedWebhookMessage(id, timestamp);
  }

  /**
   * Verifies a message.
   *
   * @param id the message id header
   * @param timestamp the timestamp header, Unix seconds
   * @param signatures the signature header: space-separated {@code v1,<base64>} entries
   * @param body the raw request body, exactly as received
   * @return the verified timestamp
   * @throws WebhookVerificationException if a value is missing or malformed, the timestamp is out
   *     of tolerance or no signature matches
   */
  public Instant verify(String id, String timestamp, String signatures, byte[] body) {
    if (isBlank(id) || isBlank(timestamp) || isBlank(signatures)) {
      throw new WebhookVerificationException("Missing webhook signature headers.");
    }
    Instant signedAt = checkTimestamp(timestamp.trim());
    byte[] expected = Base64.getEncoder().encode(sign(id, timestamp.trim(), body));
    for (String entry : signatures.trim().split(" +")) {
      int comma = entry.indexOf(',');
      if (comma > 0 && VERSION.equals(entry.substring(0, comma))) {
        byte[] candidate = entry.substring(comma + 1).getBytes(StandardCharsets.US_ASCII);
        if (MessageDigest.isEqual(expected, candidate)) {
          return signedAt;
        }
      }
    }
    throw new WebhookVerificationException("No matching webhook signature.");
  }

  private Instant checkTimestamp(String timestamp) {
    long seconds;
    long age;
    try {
      seconds = Long.parseLong(timestamp);
      age = Math.subtractExact(clock.instant().getEpochSecond(), seconds);
    } catch (ArithmeticException | NumberFormatException e) {
      throw new WebhookVerificationException("Invalid webhook timestamp.");
    }
    if (age > tolerance.toSeconds()) {
      throw new WebhookVerificationException("Webhook timestamp too old.");
    }
    if (age < -tolerance.toSeconds()) {
      throw new WebhookVerificationException("Webhook timestamp too new.");
    }
    return Instant.ofEpochSecond(seconds);
  }

  private byte[] sign(String id, String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
      return mac.doFinal(body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
