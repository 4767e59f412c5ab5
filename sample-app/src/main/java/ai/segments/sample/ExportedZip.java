package ai.segments.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A complete export zip in a temporary file, holding its export slot until it has been sent.
 * Closing it deletes the file and gives the slot back, so the disk an export takes stays within
 * {@code sample.export.max-concurrent} × {@code sample.export.max-size}.
 */
public final class ExportedZip implements AutoCloseable {

  private static final Logger logger = LoggerFactory.getLogger(ExportedZip.class);

  private final Path file;
  private final long size;
  private final ExportSlots.Slot slot;

  ExportedZip(Path file, long size, ExportSlots.Slot slot) {
    this.file = file;
    this.size = size;
    this.slot = slot;
  }

  /**
   * The zip's length, for {@code Content-Length}.
   *
   * @return the size in bytes
   */
  public long size() {
    return this.size;
  }

  /**
   * Copies the zip to a stream.
   *
   * @param out the target, left open
   * @throws IOException if reading the file or writing fails
   */
  public void copyTo(OutputStream out) throws IOException {
    Files.copy(this.file, out);
  }

  /** Deletes the file and gives the slot back. */
  @Override
  public void close() {
    delete(this.file);
    this.slot.close();
  }

  /**
   * Deletes a temporary export file if it is there; a file that cannot be deleted is logged, not
   * thrown, so that it never hides the answer or the failure at hand.
   *
   * @param file the file
   */
  static void delete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ex) {
      logger.warn("Could not delete the export file " + file, ex);
    }
  }
}
