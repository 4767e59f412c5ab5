package ai.segments.client.export;

import ai.segments.client.release.ReleaseSample;
import java.util.Iterator;
import java.util.List;

/**
 * Writes one export format from the samples of a release, in two steps per sample: a {@link
 * SampleTask} that prepares what is written from the sample and its media (on an export worker when
 * the concurrency is above 1), then {@link #write} on the calling thread, which takes the prepared
 * samples in release order and writes the files. The paths it writes are named by the same methods
 * that {@link #exportPaths} and {@link #samplePaths} answer with, so that the {@link ExportPlan}
 * can check every path before anything is written.
 *
 * @param <P> what the format prepares per sample
 */
interface FormatExport<P> {

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
   * The media the format reads for a sample, known from the sample's names and label and the
   * options alone, so that they can be fetched ahead of it.
   *
   * @param context the release, options and sink
   * @param sample the sample
   * @return what the export reads for the sample
   */
  MediaNeeds mediaNeeds(ExportContext context, ReleaseSample sample);

  /**
   * The work on a sample, created on the calling thread for every sample in release order (ahead of
   * the writer, within the read-ahead window), so that what depends on the samples before it is
   * fixed here; the task itself may run on any thread.
   *
   * @param context the release, options and sink
   * @param sample the sample
   * @return the sample's task
   */
  SampleTask<P> task(ExportContext context, ReleaseSample sample);

  /**
   * Writes the format's files.
   *
   * @param context the release, options and sink
   * @param samples the selected samples, prepared, in release order; each is read once
   */
  void write(ExportContext context, Iterator<Prepared<P>> samples);
}
