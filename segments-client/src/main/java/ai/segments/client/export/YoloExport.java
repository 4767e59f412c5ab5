package ai.segments.client.export;

import ai.segments.client.release.ReleaseSample;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Iterator;
import java.util.Optional;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The SDK's {@code export_yolo}: per image (or per frame of an {@code image-vector-sequence}) a
 * text file in the image directory with one line per box: {@code <category_id> <x_center>
 * <y_center> <width> <height>}, normalized by the image size, six decimals (Python's {@code :.6f}).
 */
final class YoloExport implements FormatExport {

  private static final Log LOGGER = LogFactory.getLog(YoloExport.class);

  @Override
  public void export(ExportContext context, Iterator<ReleaseSample> samples) {
    boolean sequence = "image-vector-sequence".equals(context.header().taskType());
    while (samples.hasNext()) {
      ReleaseSample sample = samples.next();
      String imageName = SdkNames.labelStem(sample.name());
      if (sequence) {
        exportFrames(context, sample, imageName);
        continue;
      }
      JsonNode annotations = sample.labelAttributesJson().path("annotations");
      if (!annotations.isArray() || annotations.isEmpty()) {
        continue;
      }
      Optional<ImageSize> size =
          Optional.ofNullable(context.options().imageSize())
              .or(() -> context.media().imageSize(sample));
      if (size.isEmpty()) {
        LOGGER.warn("Skipping " + sample.name() + ": its image size is unknown");
        continue;
      }
      context.writeText(
          context.imageDir() + "/" + imageName + ".txt", lines(annotations, size.get()));
    }
  }

  private static void exportFrames(ExportContext context, ReleaseSample sample, String imageName) {
    JsonNode frames = sample.labelAttributesJson().path("frames");
    for (int j = 0; j < frames.size(); j++) {
      JsonNode annotations = frames.get(j).path("annotations");
      if (!annotations.isArray() || annotations.isEmpty()) {
        continue;
      }
      JsonNode frameName = sample.attributesJson().path("frames").path(j).path("name");
      String name = frameName.isTextual() ? frameName.asText() : String.format("%05d", j + 1);
      context.writeText(
          context.imageDir() + "/" + imageName + "-" + name + ".txt",
          lines(annotations, context.options().imageSize()));
    }
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
