package ai.segments.client.export;

import ai.segments.client.bitmap.ImageReaders;
import ai.segments.client.internal.Arguments;

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
 * @param concurrency how many samples are prepared at once ahead of the sample being written (media
 *     fetched: images measured, bitmaps downloaded and decoded; then the format's CPU work: output
 *     PNGs encoded, RLE masks, contours), 1 to {@link #MAX_CONCURRENCY}; 1 prepares each sample on
 *     the calling thread when it is written, one after the other. {@link
 *     #EXPORTER_DEFAULT_CONCURRENCY} (0) for the exporter's default ({@link
 *     ReleaseExporter#DEFAULT_CONCURRENCY} unless configured)
 */
public record ExportOptions(
    int idIncrement, ImageSize imageSize, boolean loadImages, long maxPixels, int concurrency) {

  /** The {@link #maxPixels()} that stands for the exporter's default limit. */
  public static final long EXPORTER_DEFAULT = 0;

  /** The {@link #concurrency()} that stands for the exporter's default concurrency. */
  public static final int EXPORTER_DEFAULT_CONCURRENCY = 0;

  /** The largest {@link #concurrency()}. */
  public static final int MAX_CONCURRENCY = 64;

  /**
   * Checks the pixel limit and the concurrency.
   *
   * @throws ai.segments.client.exception.ValidationException if {@code maxPixels} is negative or
   *     above {@link ImageReaders#LARGEST_MAX_PIXELS}, or {@code concurrency} is negative or above
   *     {@link #MAX_CONCURRENCY}
   */
  public ExportOptions {
    if (maxPixels != EXPORTER_DEFAULT) {
      ImageReaders.requireValidMaxPixels(maxPixels, "exportOptions");
    }
    if (concurrency != EXPORTER_DEFAULT_CONCURRENCY) {
      requireValidConcurrency(concurrency, "exportOptions");
    }
  }

  /**
   * Options with the exporter's default concurrency, as before the concurrency was an option.
   *
   * @param idIncrement the id increment
   * @param imageSize the image size for YOLO, or {@code null}
   * @param loadImages whether to load images
   * @param maxPixels the pixel limit, or {@link #EXPORTER_DEFAULT}
   * @throws ai.segments.client.exception.ValidationException if the pixel limit is out of range
   */
  public ExportOptions(int idIncrement, ImageSize imageSize, boolean loadImages, long maxPixels) {
    this(idIncrement, imageSize, loadImages, maxPixels, EXPORTER_DEFAULT_CONCURRENCY);
  }

  /**
   * Checks a concurrency.
   *
   * @param concurrency the concurrency
   * @param operation the operation named in the error
   * @return the concurrency
   * @throws ai.segments.client.exception.ValidationException unless it is between 1 and {@link
   *     #MAX_CONCURRENCY}
   */
  static int requireValidConcurrency(int concurrency, String operation) {
    if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
      throw Arguments.invalid(
          "the concurrency must be between 1 and " + MAX_CONCURRENCY + ": " + concurrency,
          operation);
    }
    return concurrency;
  }

  /**
   * The SDK's defaults: no id increment, each image's own size, images loaded; the exporter's pixel
   * limit and concurrency.
   *
   * @return the options
   */
  public static ExportOptions defaults() {
    return new ExportOptions(0, null, true, EXPORTER_DEFAULT, EXPORTER_DEFAULT_CONCURRENCY);
  }

  /**
   * The same options with an id increment.
   *
   * @param increment the increment
   * @return the new options
   */
  public ExportOptions withIdIncrement(int increment) {
    return new ExportOptions(
        increment, this.imageSize, this.loadImages, this.maxPixels, this.concurrency);
  }

  /**
   * The same options with a fixed image size for YOLO.
   *
   * @param size the size
   * @return the new options
   */
  public ExportOptions withImageSize(ImageSize size) {
    return new ExportOptions(
        this.idIncrement, size, this.loadImages, this.maxPixels, this.concurrency);
  }

  /**
   * The same options with images loaded or not.
   *
   * @param load whether to load images
   * @return the new options
   */
  public ExportOptions withLoadImages(boolean load) {
    return new ExportOptions(
        this.idIncrement, this.imageSize, load, this.maxPixels, this.concurrency);
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
        ImageReaders.requireValidMaxPixels(limit, "exportOptions"),
        this.concurrency);
  }

  /**
   * The same options with a concurrency, instead of the exporter's default: how many samples are
   * prepared at once (media fetched, then the format's CPU work) ahead of the sample being written
   * (the read-ahead holds twice as many samples). The files written are the same whatever the
   * concurrency.
   *
   * @param concurrency 1 (each sample prepared on the calling thread when it is written) to {@link
   *     #MAX_CONCURRENCY}
   * @return the new options
   * @throws ai.segments.client.exception.ValidationException if the concurrency is out of range
   */
  public ExportOptions withConcurrency(int concurrency) {
    return new ExportOptions(
        this.idIncrement,
        this.imageSize,
        this.loadImages,
        this.maxPixels,
        requireValidConcurrency(concurrency, "exportOptions"));
  }

  /** The concurrency in effect: this one, or the exporter's default when none is set. */
  int concurrencyOr(int exporterDefault) {
    return (this.concurrency == EXPORTER_DEFAULT_CONCURRENCY) ? exporterDefault : this.concurrency;
  }

  /** The pixel limit in effect: this one, or the exporter's default when none is set. */
  long maxPixelsOr(long exporterDefault) {
    return (this.maxPixels == EXPORTER_DEFAULT) ? exporterDefault : this.maxPixels;
  }
}
