package ai.segments.spring.webhook;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Computes Svix signatures independently of the code under test, straight from API §6.2. */
public final class TestSignatures {

  /** A made-up secret: "whsec_" + base64 of 32 ASCII bytes. */
  public static final String SECRET =
      "whsec_" + Base64.getEncoder().encodeToString("test-webhook-secret-of-32-bytes!".getBytes());

  private TestSignatures() {}

  /** {@code v1,} + base64(HMAC-SHA256(key of secret, id.timestamp.body)). */
  public static String sign(String secret, String id, long timestamp, String body) {
    try {
      byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      String content = id + "." + timestamp + "." + body;
      byte[] digest = mac.doFinal(content.getBytes(StandardCharsets.UTF_8));
      return "v1," + Base64.getEncoder().encodeToString(digest);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
