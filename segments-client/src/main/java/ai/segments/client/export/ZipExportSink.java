package ai.segments.client.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes export files as entries of a zip stream, one after the other (nothing is buffered beyond
 * the zip's deflater). Closing an entry's stream closes the entry; {@link #finish()} writes the
 * zip's directory.
 */
public final class ZipExportSink implements ExportSink, AutoCloseable {

  private final ZipOutputStream zip;

  /**
   * Creates a sink writing to a stream.
   *
   * @param out the stream the zip is written to; closed by {@link #close()}
   */
  public ZipExportSink(OutputStream out) {
    this.zip = new ZipOutputStream(out);
  }

  @Override
  public OutputStream open(String path) throws IOException {
    this.zip.putNextEntry(new ZipEntry(path));
    return new FilterOutputStream(this.zip) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        this.out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        ZipExportSink.this.zip.closeEntry();
      }
    };
  }

  /**
   * Writes the zip's directory; the underlying stream stays open.
   *
   * @throws IOException if writing fails
   */
  public void finish() throws IOException {
    this.zip.finish();
  }

  /**
   * Finishes the zip and closes the underlying stream.
   *
   * @throws IOException if writing fails
   */
  @Override
  public void close() throws IOException {
    this.zip.close();
  }
}
