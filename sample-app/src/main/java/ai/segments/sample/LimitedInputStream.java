package ai.segments.sample;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Passes a request body through until more than a limit of bytes has been read, then fails with
 * {@link LimitExceededException}: a body without {@code Content-Length} (chunked) is bounded while
 * it is read, never buffered whole.
 */
final class LimitedInputStream extends FilterInputStream {

  private final long limit;
  private long count;

  /**
   * Wraps a stream.
   *
   * @param in the body
   * @param limit the most bytes allowed
   */
  LimitedInputStream(InputStream in, long limit) {
    super(in);
    this.limit = limit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count(skipped);
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void count(long n) throws LimitExceededException {
    this.count += n;
    if (this.count > this.limit) {
      throw new LimitExceededException();
    }
  }

  /** The body went past the limit. */
  static final class LimitExceededException extends IOException {

    private static final long serialVersionUID = 1L;

    LimitExceededException() {
      super("The request body is larger than its limit");
    }
  }
}
