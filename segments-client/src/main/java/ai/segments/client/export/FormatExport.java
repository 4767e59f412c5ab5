package ai.segments.client.export;

import ai.segments.client.release.ReleaseSample;
import java.util.Iterator;
import java.util.List;

/**
 * Writes one export format from the samples of a release, in file order. The paths it writes are
 * named by the same methods that {@link #exportPaths} and {@link #samplePaths} answer with, so that
 * the {@link ExportPlan} can check every path before anything is written.
 */
interface FormatExport {

  /**
   * Writes the format's files.
   *
   * @param context the release, options and sink
   * @param samples the selected samples; each is read once
   */
  void export(ExportContext context, Iterator<ReleaseSample> samples);

  /**
   * The paths written once per export, e.g. the COCO JSON file.
   *
   * @param context the release, options and sink
   * @return the paths, empty if none
   */
  List<String> exportPaths(ExportContext context);

  /**
   * The paths a sample is written to or referenced by (a COCO {@code file_name}, resolved against
   * the image directory), known from the sample's names and label alone, without downloading
   * anything: a file that turns out not to be written (its bitmap or image cannot be read) is
   * listed all the same.
   *
   * @param context the release, options and sink
   * @param sample the sample
   * @return the paths, empty if none
   */
  List<String> samplePaths(ExportContext context, ReleaseSample sample);

  /**
   * The media {@link #export} will ask {@link ExportContext#media()} for when it reaches a sample,
   * known from the sample's names and label and the options alone, so that they can be fetched
   * ahead of it.
   *
   * @param context the release, options and sink
   * @param sample the sample
   * @return what the export reads for the sample
   */
  MediaNeeds mediaNeeds(ExportContext context, ReleaseSample sample);
}
