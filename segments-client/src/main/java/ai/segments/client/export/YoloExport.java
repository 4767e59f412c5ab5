package ai.segments.client.export;

import ai.segments.client.release.ReleaseSample;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The SDK's {@code export_yolo}: per image (or per frame of an {@code image-vector-sequence}) a
 * text file in the image directory with one line per box: {@code <category_id> <x_center>
 * <y_center> <width> <height>}, normalized by the image size, six decimals (Python's {@code :.6f}).
 * A sample's task lists its files (names and boxes, known when the task is created); the writer
 * writes them with the measured image size.
 */
final class YoloExport implements FormatExport<List<YoloExport.YoloFile>> {

  private static final Log LOGGER = LogFactory.getLog(YoloExport.class);

  /**
   * A text file of boxes.
   *
   * @param path where it goes
   * @param annotations the annotations of its image or frame, a non-empty array
   */
  record YoloFile(String path, JsonNode annotations) {}

  @Override
  public List<String> exportPaths(ExportContext context) {
    return List.of();
  }

  @Override
  public List<String> samplePaths(ExportContext context, ReleaseSample sample) {
    return files(context, sample).stream().map(YoloFile::path).toList();
  }

  @Override
  public MediaNeeds mediaNeeds(ExportContext context, ReleaseSample sample) {
    boolean measured =
        context.options().imageSize() == null
            && context.options().loadImages()
            && !sequence(context)
            && !files(context, sample).isEmpty();
    return new MediaNeeds(measured, false);
  }

  @Override
  public SampleTask<List<YoloFile>> task(ExportContext context, ReleaseSample sample) {
    List<YoloFile> files = files(context, sample);
    return bitmap -> files;
  }

  @Override
  public void write(ExportContext context, Iterator<Prepared<List<YoloFile>>> samples) {
    boolean sequence = sequence(context);
    while (samples.hasNext()) {
      Prepared<List<YoloFile>> sample = samples.next();
      List<YoloFile> files = sample.result();
      if (files.isEmpty()) {
        continue;
      }
      Optional<ImageSize> size =
          Optional.ofNullable(context.options().imageSize())
              .or(() -> sequence ? Optional.empty() : sample.imageSize());
      if (size.isEmpty()) {
        LOGGER.warn("Skipping " + sample.sample().name() + ": its image size is unknown");
        continue;
      }
      files.forEach(file -> context.writeText(file.path(), lines(file.annotations(), size.get())));
    }
  }

  private static boolean sequence(ExportContext context) {
    return "image-vector-sequence".equals(context.header().taskType());
  }

  /**
   * The files of a sample: {@code <image_dir>/<stem>.txt} for an image with boxes, {@code
   * <image_dir>/<stem>-<frame name or 5-digit number>.txt} for each frame with boxes of a sequence.
   */
  private static List<YoloFile> files(ExportContext context, ReleaseSample sample) {
    String imageName = SdkNames.labelStem(sample.name());
    if (!sequence(context)) {
      JsonNode annotations = sample.labelAttributesJson().path("annotations");
      return hasAnnotations(annotations)
          ? List.of(new YoloFile(context.imagePath(imageName + ".txt"), annotations))
          : List.of();
    }
    List<YoloFile> files = new ArrayList<>();
    JsonNode frames = sample.labelAttributesJson().path("frames");
    for (int j = 0; j < frames.size(); j++) {
      JsonNode annotations = frames.get(j).path("annotations");
      if (hasAnnotations(annotations)) {
        JsonNode frameName = sample.attributesJson().path("frames").path(j).path("name");
        String name = frameName.isTextual() ? frameName.asText() : String.format("%05d", j + 1);
        files.add(new YoloFile(context.imagePath(imageName + "-" + name + ".txt"), annotations));
      }
    }
    return files;
  }

  private static boolean hasAnnotations(JsonNode annotations) {
    return annotations.isArray() && !annotations.isEmpty();
  }

  private static String lines(JsonNode annotations, ImageSize size) {
    StringBuilder lines = new StringBuilder();
    for (JsonNode annotation : annotations) {
      if (!"bbox".equals(annotation.path("type").asText())) {
        continue;
      }
      JsonNode points = annotation.path("points");
      double x0 = points.path(0).path(0).asDouble() / size.width();
      double y0 = points.path(0).path(1).asDouble() / size.height();
      double x1 = points.path(1).path(0).asDouble() / size.width();
      double y1 = points.path(1).path(1).asDouble() / size.height();
      lines
          .append(annotation.path("category_id").asText())
          .append(' ')
          .append(fixed6((x0 + x1) / 2))
          .append(' ')
          .append(fixed6((y0 + y1) / 2))
          .append(' ')
          .append(fixed6(Math.abs(x1 - x0)))
          .append(' ')
          .append(fixed6(Math.abs(y1 - y0)))
          .append('\n');
    }
    return lines.toString();
  }

  /** Python's {@code f"{value:.6f}"}: the exact binary value rounded half-even. */
  static String fixed6(double value) {
    return new BigDecimal(value).setScale(6, RoundingMode.HALF_EVEN).toPlainString();
  }
}
