package ai.segments.client.export;

import ai.segments.client.bitmap.ImageReaders;

/**
 * Options of an export, the SDK's {@code export_dataset} keyword arguments, and the export's pixel
 * limit.
 *
 * @param idIncrement added to category ids in {@code semantic} and {@code semantic-color} (the
 *     SDK's {@code id_increment}, default 0)
 * @param imageSize the image size YOLO normalizes by ({@code image_width}, {@code image_height});
 *     required for {@code image-vector-sequence}, otherwise {@code null} to use each image's size
 * @param loadImages whether to download each sample's image to measure it (COCO {@code
 *     width}/{@code height}, YOLO); when {@code false} they are {@code null} as for images the SDK
 *     cannot load
 * @param maxPixels the largest label bitmap (width × height) decoded, checked from its header
 *     before decoding; {@link #EXPORTER_DEFAULT} (0) for the exporter's default ({@link
 *     ReleaseExporter#ReleaseExporter(ai.segments.client.SegmentsClient,
 *     ai.segments.client.release.ReleaseDatasets, long)}, normally {@link
 *     ImageReaders#DEFAULT_MAX_PIXELS}). Images are only measured from their header, never decoded,
 *     so the limit does not apply to them.
 */
public record ExportOptions(
    int idIncrement, ImageSize imageSize, boolean loadImages, long maxPixels) {

  /** The {@link #maxPixels()} that stands for the exporter's default limit. */
  public static final long EXPORTER_DEFAULT = 0;

  /**
   * Checks the pixel limit.
   *
   * @throws ai.segments.client.exception.ValidationException if {@code maxPixels} is negative or
   *     above {@link ImageReaders#LARGEST_MAX_PIXELS}
   */
  public ExportOptions {
    if (maxPixels != EXPORTER_DEFAULT) {
      ImageReaders.requireValidMaxPixels(maxPixels, "exportOptions");
    }
  }

  /**
   * The SDK's defaults: no id increment, each image's own size, images loaded; the exporter's pixel
   * limit.
   *
   * @return the options
   */
  public static ExportOptions defaults() {
    return new ExportOptions(0, null, true, EXPORTER_DEFAULT);
  }

  /**
   * The same options with an id increment.
   *
   * @param increment the increment
   * @return the new options
   */
  public ExportOptions withIdIncrement(int increment) {
    return new ExportOptions(increment, this.imageSize, this.loadImages, this.maxPixels);
  }

  /**
   * The same options with a fixed image size for YOLO.
   *
   * @param size the size
   * @return the new options
   */
  public ExportOptions withImageSize(ImageSize size) {
    return new ExportOptions(this.idIncrement, size, this.loadImages, this.maxPixels);
  }

  /**
   * The same options with images loaded or not.
   *
   * @param load whether to load images
   * @return the new options
   */
  public ExportOptions withLoadImages(boolean load) {
    return new ExportOptions(this.idIncrement, this.imageSize, load, this.maxPixels);
  }

  /**
   * The same options with a pixel limit for label bitmaps, instead of the exporter's default.
   *
   * @param limit the largest width × height decoded, 1 to {@link ImageReaders#LARGEST_MAX_PIXELS}
   * @return the new options
   * @throws ai.segments.client.exception.ValidationException if the limit is out of range
   */
  public ExportOptions withMaxPixels(long limit) {
    return new ExportOptions(
        this.idIncrement,
        this.imageSize,
        this.loadImages,
        ImageReaders.requireValidMaxPixels(limit, "exportOptions"));
  }

  /** The pixel limit in effect: this one, or the exporter's default when none is set. */
  long maxPixelsOr(long exporterDefault) {
    return (this.maxPixels == EXPORTER_DEFAULT) ? exporterDefault : this.maxPixels;
  }
}
