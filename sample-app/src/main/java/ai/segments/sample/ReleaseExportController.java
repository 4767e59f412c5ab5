package ai.segments.sample;

import ai.segments.client.export.ExportFormat;
import ai.segments.client.export.ExportOptions;
import ai.segments.client.export.ReleaseExporter;
import ai.segments.client.export.ZipExportSink;
import ai.segments.client.release.ReleaseDataset;
import ai.segments.client.release.ReleaseDatasets;
import ai.segments.client.release.ReleaseSelection;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/datasets/{owner}/{name}/releases/{release}/export?format=coco-instance}: the
 * files the SDK's {@code export_dataset} writes for that release and format, as a zip streamed
 * while it is written. Everything that can fail is checked before the first byte: an unknown format
 * or one the dataset's task type cannot be exported to is a 400 problem, an unknown dataset or
 * release a 404 problem (the starter's exception handler).
 */
@RestController
public class ReleaseExportController {

  private final ReleaseDatasets releases;
  private final ReleaseExporter exporter;

  /**
   * Creates the controller.
   *
   * @param releases opens releases
   * @param exporter exports them
   */
  public ReleaseExportController(ReleaseDatasets releases, ReleaseExporter exporter) {
    this.releases = releases;
    this.exporter = exporter;
  }

  /**
   * Exports a release as a zip.
   *
   * @param owner the dataset owner
   * @param name the dataset name
   * @param release the release name
   * @param format an export format value, e.g. {@code coco-panoptic}
   * @param labelset the labelset to export
   * @param images whether to download the images to measure them (COCO sizes, YOLO)
   * @return the zip, streamed
   */
  @GetMapping("/api/datasets/{owner}/{name}/releases/{release}/export")
  public ResponseEntity<StreamingResponseBody> export(
      @PathVariable String owner,
      @PathVariable String name,
      @PathVariable String release,
      @RequestParam String format,
      @RequestParam(defaultValue = "ground-truth") String labelset,
      @RequestParam(defaultValue = "true") boolean images) {
    String dataset = owner + "/" + name;
    ExportFormat exportFormat = ExportFormat.fromValue(format);
    ExportOptions options = ExportOptions.defaults().withLoadImages(images);
    this.exporter.check(dataset, exportFormat, options);
    this.releases.awaitSucceeded(dataset, release);
    ReleaseSelection selection = ReleaseSelection.labelset(labelset);
    StreamingResponseBody body =
        out -> {
          try (ReleaseDataset opened = this.releases.open(dataset, release, selection);
              ZipExportSink zip = new ZipExportSink(out)) {
            this.exporter.export(opened, exportFormat, options, zip);
            zip.finish();
          }
        };
    String fileName = "export_" + format + "_" + owner + "_" + name + "_" + release + ".zip";
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/zip"))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(fileName).build().toString())
        .body(body);
  }
}
