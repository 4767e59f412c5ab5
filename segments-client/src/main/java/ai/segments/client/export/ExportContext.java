package ai.segments.client.export;

import ai.segments.client.release.ReleaseHeader;
import ai.segments.client.release.ReleaseSample;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * What a format export works with: the release header, the labelset, the options and where the
 * files go. Everything but the sink may be read from any thread.
 *
 * @param header the release header
 * @param labelset the labelset being exported
 * @param options the export options
 * @param sink where the files go, written from the calling thread only
 * @param mapper writes the JSON files
 */
record ExportContext(
    ReleaseHeader header,
    String labelset,
    ExportOptions options,
    ExportSink sink,
    ObjectMapper mapper) {

  /** The SDK's {@code image_dir}: {@code segments/<owner>_<name>/<release>}. */
  String imageDir() {
    return "segments/" + this.header.datasetIdentifier() + "/" + this.header.name();
  }

  /** A path in the image directory: {@code <image_dir>/<fileName>}. */
  String imagePath(String fileName) {
    return imageDir() + "/" + fileName;
  }

  /** The SDK's JSON file name: {@code export_<format>_<owner>_<name>_<release>.json}. */
  String jsonFileName(ExportFormat format) {
    return "export_"
        + format.value()
        + "_"
        + this.header.datasetIdentifier()
        + "_"
        + this.header.name()
        + ".json";
  }

  /** The SDK's image {@code file_name} of a sample. */
  static String imageFileName(ReleaseSample sample) {
    return SdkNames.imageFileName(
        sample.name(), sample.attributesJson().path("image").path("url").asText(null));
  }

  /** Writes a file of prepared bytes, e.g. an encoded PNG. */
  void writeBytes(String path, byte[] bytes) {
    write(path, out -> out.write(bytes));
  }

  /** Writes a UTF-8 text file. */
  void writeText(String path, String text) {
    write(path, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Writes one file. */
  @FunctionalInterface
  interface FileWriter {

    /**
     * Writes the file's bytes.
     *
     * @param out the file, closed afterwards
     * @throws IOException if writing fails
     */
    void write(OutputStream out) throws IOException;
  }

  /**
   * Opens a file in the sink, has it written and closes it.
   *
   * @param path the file's path, checked against the export's path rule
   * @param writer writes the bytes
   * @throws UncheckedIOException if writing fails
   */
  void write(String path, FileWriter writer) {
    try (OutputStream out = this.sink.open(ExportPaths.require(path))) {
      writer.write(out);
    } catch (IOException ex) {
      throw new UncheckedIOException("Could not write export file " + path, ex);
    }
  }
}
