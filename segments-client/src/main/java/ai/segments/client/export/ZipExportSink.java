package ai.segments.client.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes export files as entries of a zip stream, one after the other (nothing is buffered beyond
 * the zip's deflater). Closing an entry's stream closes the entry. Every entry name must pass the
 * export's path rule (relative, {@code /}-separated, no {@code ..}; see {@link ReleaseExporter}),
 * and a name written twice is refused ({@link java.util.zip.ZipException}).
 *
 * <p>Complete or failed, never truncated: call {@link #finish()} once the export succeeded, to
 * write the zip's central directory. Closing a sink that was not finished (the export threw) marks
 * the stream as failed instead: it ends with the local header of an entry named {@value
 * #FAILED_ENTRY} and no data, and without a central directory, so every zip reader reports an error
 * ({@link java.util.zip.ZipFile}: no central directory; {@link java.util.zip.ZipInputStream}: an
 * unexpected end of the stream) rather than taking the files written so far for the whole export.
 *
 * <pre>{@code
 * try (ZipExportSink zip = new ZipExportSink(out)) {
 *   exporter.export(release, format, options, zip);
 *   zip.finish();
 * }
 * }</pre>
 */
public final class ZipExportSink implements ExportSink, AutoCloseable {

  /** The name of the entry that marks the stream of a failed export. */
  public static final String FAILED_ENTRY = "EXPORT-FAILED";

  private final Valve valve;
  private final ZipOutputStream zip;
  private boolean finished;

  /**
   * Creates a sink writing to a stream.
   *
   * @param out the stream the zip is written to; closed by {@link #close()}
   */
  public ZipExportSink(OutputStream out) {
    this.valve = new Valve(out);
    this.zip = new ZipOutputStream(this.valve);
  }

  /**
   * Starts a new entry.
   *
   * @param path the relative path, {@code /}-separated
   * @return the stream to write the entry to; closing it closes the entry
   * @throws ai.segments.client.exception.ValidationException if the path breaks the export's path
   *     rule
   * @throws java.util.zip.ZipException if the zip has an entry of that name already
   * @throws IOException if writing fails
   */
  @Override
  public OutputStream open(String path) throws IOException {
    this.zip.putNextEntry(new ZipEntry(ExportPaths.require(path)));
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
   * Writes the zip's central directory, completing the zip; call it once the export succeeded. The
   * underlying stream stays open.
   *
   * @throws IOException if writing fails
   */
  public void finish() throws IOException {
    this.zip.finish();
    this.finished = true;
  }

  /**
   * Closes the underlying stream; if {@link #finish()} was not called, first marks the stream as
   * the zip of a failed export (see the class comment), without a central directory.
   *
   * @throws IOException if writing or closing fails
   */
  @Override
  public void close() throws IOException {
    if (this.finished) {
      this.zip.close();
      return;
    }
    try {
      this.zip.putNextEntry(new ZipEntry(FAILED_ENTRY));
      this.zip.flush();
    } finally {
      this.valve.shut();
      try {
        this.zip.close();
      } finally {
        this.valve.closeTarget();
      }
    }
  }

  /** Passes bytes to the target stream until shut; then drops them. */
  private static final class Valve extends FilterOutputStream {

    private boolean shut;
    private boolean closed;

    Valve(OutputStream target) {
      super(target);
    }

    void shut() {
      this.shut = true;
    }

    @Override
    public void write(int b) throws IOException {
      if (!this.shut) {
        this.out.write(b);
      }
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (!this.shut) {
        this.out.write(b, off, len);
      }
    }

    @Override
    public void flush() throws IOException {
      if (!this.shut) {
        this.out.flush();
      }
    }

    @Override
    public void close() throws IOException {
      closeTarget();
    }

    void closeTarget() throws IOException {
      if (!this.closed) {
        this.closed = true;
        this.out.close();
      }
    }
  }
}
