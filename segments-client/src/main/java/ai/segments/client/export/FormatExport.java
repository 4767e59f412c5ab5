package ai.segments.client.export;

import ai.segments.client.release.ReleaseSample;
import java.util.Iterator;

/** Writes one export format from the samples of a release, in file order. */
interface FormatExport {

  /**
   * Writes the format's files.
   *
   * @param context the release, options and sink
   * @param samples the selected samples; each is read once
   */
  void export(ExportContext context, Iterator<ReleaseSample> samples);
}
