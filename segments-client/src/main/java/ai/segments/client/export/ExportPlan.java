package ai.segments.client.export;

import ai.segments.client.release.ReleaseSample;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The pass over a release before an export writes anything: every path the format will write or
 * reference is named by the format's own naming methods ({@link FormatExport#exportPaths}, {@link
 * FormatExport#samplePaths}) and checked against the {@link ExportPaths} rule, and no two samples
 * (or a sample and the export's own files) may share a path. Only names and labels are read,
 * nothing is downloaded. The paths are held until the pass ends: about 250 bytes of heap per path
 * (100,000 paths: about 23 MB).
 */
final class ExportPlan {

  private final ExportContext context;
  private final FormatExport<?> format;
  private final Map<String, String> owners = new HashMap<>();

  /**
   * Creates the pass of one export.
   *
   * @param context the release, options and sink
   * @param format the format about to be written
   */
  ExportPlan(ExportContext context, FormatExport<?> format) {
    this.context = context;
    this.format = format;
  }

  /**
   * Checks the paths of the export and of every sample.
   *
   * @param samples the samples, in the order the export reads them
   * @throws ai.segments.client.exception.ValidationException naming the release or the sample whose
   *     path breaks the rule, or the two samples that share a path
   */
  void check(Iterator<ReleaseSample> samples) {
    String release = "release " + ExportPaths.quoted(this.context.header().name());
    for (String path : this.format.exportPaths(this.context)) {
      claim(path, release);
    }
    while (samples.hasNext()) {
      ReleaseSample sample = samples.next();
      String owner = "sample " + ExportPaths.quoted(sample.name()) + " (" + sample.uuid() + ")";
      if (sample.name() == null) {
        throw ExportPaths.invalid(owner + " has no name");
      }
      for (String path : this.format.samplePaths(this.context, sample)) {
        claim(path, owner);
      }
    }
  }

  private void claim(String path, String owner) {
    String problem = ExportPaths.problem(path);
    if (problem != null) {
      throw ExportPaths.invalid(
          owner
              + " of labelset "
              + ExportPaths.quoted(this.context.labelset())
              + " cannot be exported: its path "
              + ExportPaths.quoted(path)
              + " "
              + problem);
    }
    String previous = this.owners.putIfAbsent(path, owner);
    if (owner.equals(previous)) {
      throw ExportPaths.invalid(owner + " would be exported twice to " + ExportPaths.quoted(path));
    }
    if (previous != null) {
      throw ExportPaths.invalid(
          previous
              + " and "
              + owner
              + " would both be exported to "
              + ExportPaths.quoted(path)
              + " (the SDK would overwrite one with the other); rename one of them");
    }
  }
}
