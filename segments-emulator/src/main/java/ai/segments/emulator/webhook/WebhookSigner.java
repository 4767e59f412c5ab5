package ai.segments.emulator.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhook messages like Segments.ai (Svix scheme, API §6.2): {@code v1,} followed by the
 * base64 HMAC-SHA256 of {@code id.timestamp.body}, keyed with the base64-decoded secret.
 */
public final class WebhookSigner {

  /** The prefix of signing secrets. */
  public static final String PREFIX = "whsec_";

  private WebhookSigner() {}

  /**
   * The {@code svix-signature} value of a message.
   *
   * @param secret the secret, {@code whsec_<base64>}
   * @param messageId the {@code svix-id}
   * @param timestamp the {@code svix-timestamp}, Unix seconds
   * @param body the exact body bytes
   * @return {@code v1,<base64 signature>}
   */
  public static String sign(String secret, String messageId, long timestamp, byte[] body) {
    byte[] prefix = (messageId + '.' + timestamp + '.').getBytes(StandardCharsets.UTF_8);
    ByteBuffer content = ByteBuffer.allocate(prefix.length + body.length).put(prefix).put(body);
    return "v1," + Base64.getEncoder().encodeToString(hmacSha256(key(secret), content.array()));
  }

  private static byte[] hmacSha256(byte[] key, byte[] content) {
    String algorithm = "HmacSHA256";
    try {
      Mac hmac = Mac.getInstance(algorithm);
      hmac.init(new SecretKeySpec(key, algorithm));
      return hmac.doFinal(content);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(algorithm + " is not available", e);
    }
  }

  /** The key bytes of a secret; the exception never shows the secret. */
  static byte[] key(String secret) {
    String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
    try {
      byte[] key = Base64.getDecoder().decode(encoded);
      if (key.length > 0) {
        return key;
      }
    } catch (IllegalArgumentException e) {
      // fall through: the decoder's message would quote the secret
    }
    throw new IllegalArgumentException("The webhook secret must be whsec_ followed by base64");
  }
}
