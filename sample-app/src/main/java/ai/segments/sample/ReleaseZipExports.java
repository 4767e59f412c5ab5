package ai.segments.sample;

import ai.segments.client.exception.SegmentsException;
import ai.segments.client.export.ExportFormat;
import ai.segments.client.export.ExportOptions;
import ai.segments.client.export.ReleaseExporter;
import ai.segments.client.export.ZipExportSink;
import ai.segments.client.model.Release;
import ai.segments.client.release.ReleaseDataset;
import ai.segments.client.release.ReleaseDatasets;
import ai.segments.client.release.ReleaseSelection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Service;
import org.springframework.web.ErrorResponseException;

/**
 * Exports a created release as a zip into a temporary file, complete or not at all: the file is
 * only handed out once the exporter has written every file and the zip's directory; on any failure
 * it is deleted and the failure reported, so no one can take a partial zip for a whole one.
 *
 * <p>At most {@code sample.export.max-concurrent} exports run at once ({@link ExportSlots}), and a
 * zip may grow to {@code sample.export.max-size} (a 507 problem beyond). A Segments API failure is
 * rethrown for the starter's exception handler; any other failure becomes a 500 problem.
 */
@Service
public class ReleaseZipExports {

  private final ReleaseDatasets releases;
  private final ReleaseExporter exporter;
  private final ExportSlots slots;
  private final SampleProperties.Export settings;

  /**
   * Creates the service.
   *
   * @param releases downloads releases
   * @param exporter exports them
   * @param slots bounds the exports running at once
   * @param properties the export limits
   */
  public ReleaseZipExports(
      ReleaseDatasets releases,
      ReleaseExporter exporter,
      ExportSlots slots,
      SampleProperties properties) {
    this.releases = releases;
    this.exporter = exporter;
    this.slots = slots;
    this.settings = properties.export();
  }

  /**
   * Exports a release that is no longer pending.
   *
   * @param release the release, from {@link ReleaseReadiness}
   * @param datasetIdentifier {@code owner/name}
   * @param selection the labelset
   * @param format the format
   * @param options the options
   * @return the complete zip; close it once sent
   * @throws ErrorResponseException a 429 problem when every slot is taken, 507 when the zip is too
   *     large, 500 when the export fails for a reason other than the API
   * @throws SegmentsException when the release failed or a call or download fails
   */
  public ExportedZip export(
      Release release,
      String datasetIdentifier,
      ReleaseSelection selection,
      ExportFormat format,
      ExportOptions options) {
    ExportSlots.Slot slot = this.slots.acquire();
    Path file = null;
    boolean complete = false;
    try {
      file = this.settings.createZipFile();
      long size = write(file, release, datasetIdentifier, selection, format, options);
      ExportedZip zip = new ExportedZip(file, size, slot);
      complete = true;
      return zip;
    } catch (IOException ex) {
      throw SampleProblems.exportFailed(ex);
    } finally {
      if (!complete) {
        if (file != null) {
          ExportedZip.delete(file);
        }
        slot.close();
      }
    }
  }

  private long write(
      Path file,
      Release release,
      String datasetIdentifier,
      ReleaseSelection selection,
      ExportFormat format,
      ExportOptions options)
      throws IOException {
    LimitedOutputStream out =
        new LimitedOutputStream(Files.newOutputStream(file), this.settings.maxSize().toBytes());
    try (out;
        ReleaseDataset opened = this.releases.open(release, datasetIdentifier, selection);
        ZipExportSink zip = new ZipExportSink(out)) {
      this.exporter.export(opened, format, options, zip);
      zip.finish();
    } catch (RuntimeException | IOException ex) {
      throw failure(ex, out.exceeded());
    }
    return Files.size(file);
  }

  /** What to answer for a failed export: the API's error as it is, or a problem of this app. */
  private RuntimeException failure(Exception ex, boolean tooLarge) {
    if (tooLarge) {
      return SampleProblems.exportTooLarge(this.settings.maxSize());
    }
    if (ex instanceof SegmentsException || ex instanceof ErrorResponseException) {
      return (RuntimeException) ex;
    }
    return SampleProblems.exportFailed(ex);
  }
}
