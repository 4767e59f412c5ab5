package ai.segments.client.export;

import ai.segments.client.bitmap.InstanceCategories;
import ai.segments.client.bitmap.PngImages;
import ai.segments.client.bitmap.SegmentationBitmap;
import ai.segments.client.release.ReleaseSample;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferUShort;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * The SDK's {@code export_image}: one PNG per labeled sample — {@code instance} (16-bit gray
 * instance ids, as Pillow saves the SDK's 32-bit bitmap: clamped to 65535), {@code instance-color}
 * ({@code colorize} of the ids modulo 256), {@code semantic} (8-bit gray category ids plus the id
 * increment) or {@code semantic-color} (semantic ids colored by the categories' colors, by
 * position). Files go to the SDK's image directory. A sample's task builds and encodes its PNG; the
 * writer writes the PNGs in release order.
 */
final class BitmapImageExport implements FormatExport<Optional<byte[]>> {

  private final ExportFormat format;

  BitmapImageExport(ExportFormat format) {
    this.format = format;
  }

  @Override
  public List<String> exportPaths(ExportContext context) {
    return List.of();
  }

  @Override
  public List<String> samplePaths(ExportContext context, ReleaseSample sample) {
    return CocoImages.labeled(sample) ? List.of(path(context, sample)) : List.of();
  }

  @Override
  public MediaNeeds mediaNeeds(ExportContext context, ReleaseSample sample) {
    return new MediaNeeds(false, CocoImages.labeled(sample));
  }

  /** The PNG of a sample: {@code <image_dir>/<stem>_label_<labelset>_<format suffix>.png}. */
  private String path(ExportContext context, ReleaseSample sample) {
    String suffix =
        switch (this.format) {
          case INSTANCE -> "_instance.png";
          case INSTANCE_COLOR -> "_instance_colored.png";
          case SEMANTIC -> "_semantic.png";
          case SEMANTIC_COLOR -> "_semantic_colored.png";
          default -> throw new IllegalStateException("not an image format: " + this.format);
        };
    return context.imagePath(
        SdkNames.labelStem(sample.name()) + "_label_" + context.labelset() + suffix);
  }

  @Override
  public SampleTask<Optional<byte[]>> task(ExportContext context, ReleaseSample sample) {
    return bitmap -> bitmap.map(instances -> PngImages.toBytes(image(context, sample, instances)));
  }

  @Override
  public void write(ExportContext context, Iterator<Prepared<Optional<byte[]>>> samples) {
    while (samples.hasNext()) {
      Prepared<Optional<byte[]>> sample = samples.next();
      if (CocoImages.labeled(sample.sample())) {
        sample.result().ifPresent(png -> context.writeBytes(path(context, sample.sample()), png));
      }
    }
  }

  private BufferedImage image(
      ExportContext context, ReleaseSample sample, SegmentationBitmap instances) {
    return switch (this.format) {
      case INSTANCE -> gray(instances, BufferedImage.TYPE_USHORT_GRAY, 0xFFFF);
      case INSTANCE_COLOR -> Colors.colorize(instances, null);
      case SEMANTIC ->
          gray(semantic(context, sample, instances), BufferedImage.TYPE_BYTE_GRAY, 0xFF);
      case SEMANTIC_COLOR ->
          Colors.colorize(
              semantic(context, sample, instances),
              ColoredCategory.of(context.header().categories()).stream()
                  .map(ColoredCategory::color)
                  .toList());
      default -> throw new IllegalStateException("not an image format: " + this.format);
    };
  }

  private static SegmentationBitmap semantic(
      ExportContext context, ReleaseSample sample, SegmentationBitmap instances) {
    return instances.toSemantic(
        InstanceCategories.of(sample.labelAttributesJson().path("annotations")),
        context.options().idIncrement());
  }

  private static BufferedImage gray(SegmentationBitmap bitmap, int type, int max) {
    BufferedImage image = new BufferedImage(bitmap.width(), bitmap.height(), type);
    // A new gray image: one bank (bytes or unsigned shorts), one sample per pixel, row by row.
    DataBuffer bank = image.getRaster().getDataBuffer();
    int[] ids = bitmap.ids();
    if (bank instanceof DataBufferUShort shorts) {
      short[] samples = shorts.getData();
      for (int i = 0; i < ids.length; i++) {
        samples[i] = (short) Math.min(ids[i], max);
      }
    } else {
      byte[] samples = ((DataBufferByte) bank).getData();
      for (int i = 0; i < ids.length; i++) {
        samples[i] = (byte) Math.min(ids[i], max);
      }
    }
    return image;
  }
}
