package ai.segments.sample;

import ai.segments.client.export.ExportFormat;
import ai.segments.client.export.ExportOptions;
import ai.segments.client.export.ReleaseExporter;
import ai.segments.client.model.Release;
import ai.segments.client.release.ReleaseSelection;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/datasets/{owner}/{name}/releases/{release}/export?format=coco-instance}: the
 * files the SDK's {@code export_dataset} writes for that release and format, as a zip.
 *
 * <p>The zip is built completely in a bounded temporary file first ({@link ReleaseZipExports}) and
 * only then sent, with {@code Content-Length}; a failed export is answered with an error status and
 * a problem detail, never with a 200 and a partial zip. Other answers, all problem details:
 *
 * <ul>
 *   <li>400 for an unknown format or one the dataset's task type cannot be exported to, 404 for an
 *       unknown dataset or release (the starter's exception handler);
 *   <li>202 with {@code Retry-After} while the release is still {@code PENDING} after {@code
 *       sample.export.release-wait}: nothing is exported yet, ask again later;
 *   <li>429 with {@code Retry-After} when {@code sample.export.max-concurrent} exports are running;
 *   <li>507 when the zip would exceed {@code sample.export.max-size}; 500 (or the starter's status
 *       for a Segments API error) when the export fails.
 * </ul>
 */
@RestController
public class ReleaseExportController {

  private static final String ZIP = "application/zip";

  private final ReleaseExporter exporter;
  private final ReleaseReadiness readiness;
  private final ReleaseZipExports exports;
  private final long retryAfterSeconds;

  /**
   * Creates the controller.
   *
   * @param exporter checks that the format fits the dataset
   * @param readiness looks whether the release has been created
   * @param exports builds the zips
   * @param properties the export settings
   */
  public ReleaseExportController(
      ReleaseExporter exporter,
      ReleaseReadiness readiness,
      ReleaseZipExports exports,
      SampleProperties properties) {
    this.exporter = exporter;
    this.readiness = readiness;
    this.exports = exports;
    this.retryAfterSeconds = properties.export().retryAfterSeconds();
  }

  /**
   * Exports a release as a zip, written to the response once complete.
   *
   * @param owner the dataset owner
   * @param name the dataset name
   * @param release the release name
   * @param format an export format value, e.g. {@code coco-panoptic}
   * @param labelset the labelset to export
   * @param images whether to download the images to measure them (COCO sizes, YOLO)
   * @param response the response the zip is written to
   * @throws IOException if sending the zip fails
   */
  @GetMapping("/api/datasets/{owner}/{name}/releases/{release}/export")
  public void export(
      @PathVariable String owner,
      @PathVariable String name,
      @PathVariable String release,
      @RequestParam String format,
      @RequestParam(defaultValue = "ground-truth") String labelset,
      @RequestParam(defaultValue = "true") boolean images,
      HttpServletResponse response)
      throws IOException {
    String dataset = owner + "/" + name;
    ExportFormat exportFormat = ExportFormat.fromValue(format);
    ExportOptions options = ExportOptions.defaults().withLoadImages(images);
    this.exporter.check(dataset, exportFormat, options);
    Release created =
        this.readiness
            .awaitCreated(dataset, release)
            .orElseThrow(
                () -> SampleProblems.releasePending(dataset, release, this.retryAfterSeconds));
    try (ExportedZip zip =
        this.exports.export(
            created, dataset, ReleaseSelection.labelset(labelset), exportFormat, options)) {
      String fileName = "export_" + format + "_" + owner + "_" + name + "_" + release + ".zip";
      response.setContentType(ZIP);
      response.setContentLengthLong(zip.size());
      response.setHeader(
          HttpHeaders.CONTENT_DISPOSITION,
          ContentDisposition.attachment().filename(fileName).build().toString());
      zip.copyTo(response.getOutputStream());
    }
  }
}
