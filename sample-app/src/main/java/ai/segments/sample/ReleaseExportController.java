package ai.segments.sample;

import ai.segments.client.SegmentsClient;
import ai.segments.client.export.ExportFormat;
import ai.segments.client.export.ExportOptions;
import ai.segments.client.export.ImageSize;
import ai.segments.client.export.ReleaseExporter;
import ai.segments.client.model.Release;
import ai.segments.client.model.TaskType;
import ai.segments.client.release.ReleaseSelection;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/datasets/{owner}/{name}/releases/{release}/export?format=coco-instance}: the
 * files the SDK's {@code export_dataset} writes for that release and format, as a zip.
 *
 * <p>YOLO of an {@code image-vector-sequence} dataset needs the frame size (the SDK's {@code
 * image_width} and {@code image_height}): given as those two parameters, or else measured from the
 * dataset's first frame ({@link FrameSizes}).
 *
 * <p>The zip is built completely in a bounded temporary file first ({@link ReleaseZipExports}) and
 * only then sent, with {@code Content-Length}; a failed export is answered with an error status and
 * a problem detail, never with a 200 and a partial zip. Other answers, all problem details:
 *
 * <ul>
 *   <li>400 for an unknown format (the detail lists the known ones) or one the dataset's task type
 *       cannot be exported to (the detail names the task type and the formats that apply), 404 for
 *       an unknown dataset or release (the starter's exception handler);
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

  private final SegmentsClient client;
  private final ReleaseExporter exporter;
  private final FrameSizes frameSizes;
  private final ReleaseReadiness readiness;
  private final ReleaseZipExports exports;
  private final long retryAfterSeconds;

  /**
   * Creates the controller.
   *
   * @param client reads the dataset's task type
   * @param exporter checks that the format fits the dataset
   * @param frameSizes measures the frames of sequences for YOLO
   * @param readiness looks whether the release has been created
   * @param exports builds the zips
   * @param properties the export settings
   */
  public ReleaseExportController(
      SegmentsClient client,
      ReleaseExporter exporter,
      FrameSizes frameSizes,
      ReleaseReadiness readiness,
      ReleaseZipExports exports,
      SampleProperties properties) {
    this.client = client;
    this.exporter = exporter;
    this.frameSizes = frameSizes;
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
   * @param imageWidth the frame width for YOLO of a sequence (with {@code imageHeight})
   * @param imageHeight the frame height for YOLO of a sequence (with {@code imageWidth})
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
      @RequestParam(name = "image_width", required = false) Integer imageWidth,
      @RequestParam(name = "image_height", required = false) Integer imageHeight,
      HttpServletResponse response)
      throws IOException {
    String dataset = owner + "/" + name;
    ExportFormat exportFormat = ExportFormats.named(format);
    String taskType = this.client.getDataset(dataset).taskType().value();
    ExportFormats.requireApplicable(dataset, taskType, exportFormat);
    ExportOptions options = ExportOptions.defaults().withLoadImages(images);
    ImageSize frameSize = frameSize(dataset, taskType, exportFormat, imageWidth, imageHeight);
    if (frameSize != null) {
      options = options.withImageSize(frameSize);
    }
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

  /** The frame size YOLO of a sequence needs: as given, or measured; else {@code null}. */
  private ImageSize frameSize(
      String dataset, String taskType, ExportFormat format, Integer width, Integer height) {
    if (width != null || height != null) {
      if (width == null || height == null || width < 1 || height < 1) {
        throw SampleProblems.problem(
            HttpStatus.BAD_REQUEST,
            "invalid-image-size",
            "Invalid image size",
            "Give both image_width and image_height as positive pixel counts, or neither",
            null);
      }
      return new ImageSize(width, height);
    }
    boolean needed =
        format == ExportFormat.YOLO && TaskType.IMAGE_VECTOR_SEQUENCE.value().equals(taskType);
    return needed ? this.frameSizes.firstFrame(dataset).orElse(null) : null;
  }
}
