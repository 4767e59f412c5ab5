package ai.segments.client.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The elements of one JSON array, written one by one to a temporary file as they come and copied
 * into the export file at its end, so that an array as long as the release is never held in memory.
 * The file is deleted on {@link #close()}, whether the export succeeded or not.
 */
final class JsonSpool implements Closeable {

  /** The prefix of the spool files' names, in the JVM's temporary directory. */
  static final String FILE_PREFIX = "segments-spool-";

  private static final int COPY_BUFFER = 64 * 1024;

  private final Path file;
  private final JsonGenerator generator;

  /**
   * Creates the temporary file and opens the array.
   *
   * @param mapper serializes the elements
   * @throws IOException if the file cannot be created
   */
  JsonSpool(ObjectMapper mapper) throws IOException {
    this.file = Files.createTempFile(FILE_PREFIX, ".json");
    try {
      this.generator = mapper.createGenerator(Files.newOutputStream(this.file), JsonEncoding.UTF8);
      this.generator.writeStartArray();
    } catch (IOException | RuntimeException ex) {
      Files.deleteIfExists(this.file);
      throw ex;
    }
  }

  /**
   * Appends an element.
   *
   * @param element the element
   * @throws IOException if writing fails
   */
  void add(JsonNode element) throws IOException {
    this.generator.writeTree(element);
  }

  /**
   * Closes the array and copies its elements, comma-separated and without the brackets, to a
   * stream; nothing can be added afterwards.
   *
   * @param out where the elements go
   * @throws IOException if reading or writing fails
   */
  void copyElementsTo(OutputStream out) throws IOException {
    this.generator.writeEndArray();
    this.generator.close();
    long left = Files.size(this.file) - 2;
    byte[] buffer = new byte[COPY_BUFFER];
    try (InputStream in = Files.newInputStream(this.file)) {
      in.skipNBytes(1);
      while (left > 0) {
        int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (read < 0) {
          throw new IOException("The JSON spool file ended early: " + this.file);
        }
        out.write(buffer, 0, read);
        left -= read;
      }
    }
  }

  /**
   * Closes and deletes the temporary file.
   *
   * @throws IOException if it cannot be deleted
   */
  @Override
  public void close() throws IOException {
    try {
      this.generator.close();
    } finally {
      Files.deleteIfExists(this.file);
    }
  }
}
