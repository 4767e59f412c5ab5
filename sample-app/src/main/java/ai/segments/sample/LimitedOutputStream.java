package ai.segments.sample;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes through until a limit of bytes, then fails every write; {@link #exceeded()} tells
 * afterwards whether the limit was the reason, whatever the writer wrapped the failure in.
 */
final class LimitedOutputStream extends FilterOutputStream {

  private final long limit;
  private long count;
  private boolean exceeded;

  /**
   * Wraps a stream.
   *
   * @param out the target
   * @param limit the most bytes allowed
   */
  LimitedOutputStream(OutputStream out, long limit) {
    super(out);
    this.limit = limit;
  }

  @Override
  public void write(int b) throws IOException {
    reserve(1);
    this.out.write(b);
  }

  @Override
  public void write(byte[] buffer, int offset, int length) throws IOException {
    reserve(length);
    this.out.write(buffer, offset, length);
  }

  /**
   * Whether a write went past the limit.
   *
   * @return {@code true} once the limit was hit
   */
  boolean exceeded() {
    return this.exceeded;
  }

  private void reserve(int length) throws IOException {
    if (this.count + length > this.limit) {
      this.exceeded = true;
      throw new IOException("The export is larger than " + this.limit + " bytes");
    }
    this.count += length;
  }
}
