package ai.segments.client.export;

import ai.segments.client.bitmap.InstanceCategories;
import ai.segments.client.bitmap.SegmentationBitmap;
import ai.segments.client.release.ReleaseSample;
import java.awt.image.BufferedImage;
import java.util.Iterator;
import java.util.List;

/**
 * The SDK's {@code export_image}: one PNG per labeled sample — {@code instance} (16-bit gray
 * instance ids, as Pillow saves the SDK's 32-bit bitmap: clamped to 65535), {@code instance-color}
 * ({@code colorize} of the ids modulo 256), {@code semantic} (8-bit gray category ids plus the id
 * increment) or {@code semantic-color} (semantic ids colored by the categories' colors, by
 * position). Files go to the SDK's image directory.
 */
final class BitmapImageExport implements FormatExport {

  private final ExportFormat format;

  BitmapImageExport(ExportFormat format) {
    this.format = format;
  }

  @Override
  public void export(ExportContext context, Iterator<ReleaseSample> samples) {
    List<int[]> categoryColors =
        ColoredCategory.of(context.header().categories()).stream()
            .map(ColoredCategory::color)
            .toList();
    while (samples.hasNext()) {
      ReleaseSample sample = samples.next();
      if (!sample.labelAttributesJson().path("annotations").isArray()) {
        continue;
      }
      SegmentationBitmap instances = context.media().bitmap(sample).orElse(null);
      if (instances == null) {
        continue;
      }
      String stem =
          context.imageDir()
              + "/"
              + SdkNames.labelStem(sample.name())
              + "_label_"
              + context.labelset();
      switch (this.format) {
        case INSTANCE ->
            context.writePng(
                stem + "_instance.png", gray(instances, BufferedImage.TYPE_USHORT_GRAY, 0xFFFF));
        case INSTANCE_COLOR ->
            context.writePng(stem + "_instance_colored.png", Colors.colorize(instances, null));
        case SEMANTIC ->
            context.writePng(
                stem + "_semantic.png",
                gray(semantic(context, sample, instances), BufferedImage.TYPE_BYTE_GRAY, 0xFF));
        case SEMANTIC_COLOR ->
            context.writePng(
                stem + "_semantic_colored.png",
                Colors.colorize(semantic(context, sample, instances), categoryColors));
        default -> throw new IllegalStateException("not an image format: " + this.format);
      }
    }
  }

  private static SegmentationBitmap semantic(
      ExportContext context, ReleaseSample sample, SegmentationBitmap instances) {
    return instances.toSemantic(
        InstanceCategories.of(sample.labelAttributesJson().path("annotations")),
        context.options().idIncrement());
  }

  private static BufferedImage gray(SegmentationBitmap bitmap, int type, int max) {
    BufferedImage image = new BufferedImage(bitmap.width(), bitmap.height(), type);
    for (int y = 0; y < bitmap.height(); y++) {
      for (int x = 0; x < bitmap.width(); x++) {
        image.getRaster().setSample(x, y, 0, Math.min(bitmap.id(x, y), max));
      }
    }
    return image;
  }
}
