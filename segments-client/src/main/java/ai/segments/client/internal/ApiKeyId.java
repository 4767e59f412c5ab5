package ai.segments.client.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * The {@link ai.segments.client.call.SegmentsCall#apiKeyId() API key id} of calls: the first 8
 * bytes of the key's SHA-256 in hex, so that interceptors can keep state per key (e.g. a rate
 * limit) without ever holding the key. Reads the key's supplier once per call; hashes only when the
 * key changes.
 */
final class ApiKeyId {

  private static final int ID_BYTES = 8;

  private final Supplier<String> apiKey;
  private volatile Hashed last;

  /** A key and its id. */
  private record Hashed(String key, String id) {}

  ApiKeyId(Supplier<String> apiKey) {
    this.apiKey = apiKey;
  }

  /**
   * The id of the key the supplier gives now.
   *
   * @return the id, empty when there is no key
   */
  String current() {
    String key = this.apiKey.get();
    if (key == null || key.isEmpty()) {
      return "";
    }
    Hashed hashed = this.last;
    if (hashed == null || !hashed.key().equals(key)) {
      hashed = new Hashed(key, hash(key));
      this.last = hashed;
    }
    return hashed.id();
  }

  private static String hash(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, ID_BYTES);
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", ex);
    }
  }
}
