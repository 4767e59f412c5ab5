package ai.segments.emulator.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/**
 * A gzip body of about 1 MB that inflates to 1 GiB of zeros: {@value #MEMBERS} concatenated gzip
 * members (a valid gzip stream) of 32 MiB of zeros each, written chunk by chunk so the zeros never
 * exist whole in memory.
 */
final class GzipBomb {

  /** How many gzip members the bomb holds. */
  static final int MEMBERS = 32;

  /** How many bytes the bomb inflates to. */
  static final long INFLATED_SIZE = MEMBERS * (32L << 20);

  private static byte[] bytes;

  private GzipBomb() {}

  /**
   * The bomb, built once per JVM.
   *
   * @return the gzip bytes
   */
  static synchronized byte[] bytes() {
    if (bytes == null) {
      byte[] member = member(32 << 20);
      ByteArrayOutputStream out = new ByteArrayOutputStream(member.length * MEMBERS);
      for (int i = 0; i < MEMBERS; i++) {
        out.writeBytes(member);
      }
      bytes = out.toByteArray();
    }
    return bytes;
  }

  private static byte[] member(int zeros) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] chunk = new byte[1 << 20];
    try (GZIPOutputStream gzip = new GZIPOutputStream(out, chunk.length)) {
      for (int written = 0; written < zeros; written += chunk.length) {
        gzip.write(chunk);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
