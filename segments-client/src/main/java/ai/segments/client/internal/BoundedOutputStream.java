package ai.segments.client.internal;

import ai.segments.client.exception.SegmentsErrorDetails;
import ai.segments.client.exception.ValidationException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes bytes on until a limit is exceeded, then fails with a {@link ValidationException}: a
 * download never writes more than its size limit.
 */
final class BoundedOutputStream extends FilterOutputStream {

  private final long limit;
  private final String operation;
  private long written;

  BoundedOutputStream(OutputStream out, long limit, String operation) {
    super(out);
    this.limit = limit;
    this.operation = operation;
  }

  @Override
  public void write(int b) throws IOException {
    count(1);
    this.out.write(b);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    count(len);
    this.out.write(b, off, len);
  }

  private void count(int length) {
    this.written += length;
    if (this.written > this.limit) {
      throw new ValidationException(
          this.operation + ": the file is larger than the limit of " + this.limit + " bytes",
          null,
          SegmentsErrorDetails.response(this.operation, 200, null, null));
    }
  }
}
