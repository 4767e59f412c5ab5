package ai.segments.client.export;

import ai.segments.client.release.ReleaseSample;
import java.util.List;

/**
 * A format written as one JSON file with an image entry per labeled sample (COCO instance, COCO
 * panoptic, polygon): its paths are the JSON file and the image {@code file_name}s it references.
 *
 * @param <P> what the format prepares per sample
 */
abstract class CocoJsonExport<P> implements FormatExport<P> {

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

  @Override
  public MediaNeeds mediaNeeds(ExportContext context, ReleaseSample sample) {
    return CocoImages.mediaNeeds(context, sample, readsBitmaps(context));
  }

  /**
   * Whether the export reads the label bitmaps of labeled samples.
   *
   * @param context the release, options and sink
   * @return {@code true} if it does
   */
  abstract boolean readsBitmaps(ExportContext context);

  /** The JSON file: {@code export_<format>_<owner>_<name>_<release>.json}. */
  final String jsonPath(ExportContext context) {
    return context.jsonFileName(this.format);
  }
}
