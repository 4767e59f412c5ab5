package ai.segments.client.export;

import ai.segments.client.bitmap.PngImages;
import ai.segments.client.release.ReleaseHeader;
import ai.segments.client.release.ReleaseSample;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * What a format export works with: the release header, the labelset, the media behind the samples,
 * the options and where the files go.
 *
 * @param header the release header
 * @param labelset the labelset being exported
 * @param media the sample images and bitmaps
 * @param options the export options
 * @param sink where the files go
 * @param mapper writes the JSON files
 */
record ExportContext(
    ReleaseHeader header,
    String labelset,
    SampleMedia media,
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

  void writeJson(String path, JsonNode json) {
    write(path, out -> this.mapper.writeValue(out, json));
  }

  void writePng(String path, BufferedImage image) {
    write(path, out -> PngImages.write(image, out));
  }

  void writeText(String path, String text) {
    write(path, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Writes one file. */
  @FunctionalInterface
  interface FileWriter {
    void write(OutputStream out) throws IOException;
  }

  private void write(String path, FileWriter writer) {
    try (OutputStream out = this.sink.open(ExportPaths.require(path))) {
      writer.write(out);
    } catch (IOException ex) {
      throw new UncheckedIOException("Could not write export file " + path, ex);
    }
  }
}
