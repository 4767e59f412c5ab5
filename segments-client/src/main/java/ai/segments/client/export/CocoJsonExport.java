package ai.segments.client.export;

import ai.segments.client.release.ReleaseSample;
import java.util.List;

/**
 * A format written as one JSON file with an image entry per labeled sample (COCO instance, COCO
 * panoptic, polygon): its paths are the JSON file and the image {@code file_name}s it references.
 */
abstract class CocoJsonExport implements FormatExport {

  private final ExportFormat format;

  /**
   * Creates the export of a format.
   *
   * @param format the format, naming the JSON file
   */
  CocoJsonExport(ExportFormat format) {
    this.format = format;
  }

  @Override
  public List<String> exportPaths(ExportContext context) {
    return List.of(jsonPath(context));
  }

  @Override
  public List<String> samplePaths(ExportContext context, ReleaseSample sample) {
    return CocoImages.referencedPaths(context, sample);
  }

  /** The JSON file: {@code export_<format>_<owner>_<name>_<release>.json}. */
  final String jsonPath(ExportContext context) {
    return context.jsonFileName(this.format);
  }
}
