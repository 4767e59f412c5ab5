package ai.segments.client.bitmap;

import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.Deflater;

/** Filters and deflates the rows of one PNG into {@code IDAT} chunks of the buffer's size. */
final class IdatWriter {

  private final OutputStream out;
  private final Deflater deflater;
  private final byte[] chunk;
  private int filled;

  IdatWriter(OutputStream out, Deflater deflater, byte[] chunk) {
    this.out = out;
    this.deflater = deflater;
    this.chunk = chunk;
  }

  /** Writes every row, then the end of the compressed stream. */
  void write(PngEncoder.Header header, PngEncoder.RowSource rows, PngFilter filter)
      throws IOException {
    int rowBytes = header.rowBytes();
    byte[] row = new byte[rowBytes];
    byte[] prior = new byte[rowBytes];
    byte[] filtered = new byte[rowBytes + 1];
    byte[] candidates = (filter == PngFilter.ADAPTIVE) ? new byte[5 * (rowBytes + 1)] : null;
    for (int y = 0; y < header.height(); y++) {
      rows.fill(y, row);
      filter.apply(row, prior, header.bytesPerPixel(), filtered, candidates);
      this.deflater.setInput(filtered);
      while (!this.deflater.needsInput()) {
        drain();
      }
      byte[] swap = prior;
      prior = row;
      row = swap;
    }
    this.deflater.finish();
    while (!this.deflater.finished()) {
      drain();
    }
    if (this.filled > 0) {
      PngEncoder.writeChunk(this.out, "IDAT", this.chunk, this.filled);
    }
  }

  private void drain() throws IOException {
    this.filled += this.deflater.deflate(this.chunk, this.filled, this.chunk.length - this.filled);
    if (this.filled == this.chunk.length) {
      PngEncoder.writeChunk(this.out, "IDAT", this.chunk, this.filled);
      this.filled = 0;
    }
  }
}
