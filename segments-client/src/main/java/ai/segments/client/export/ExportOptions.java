package ai.segments.client.export;

/**
 * Options of an export, the SDK's {@code export_dataset} keyword arguments.
 *
 * @param idIncrement added to category ids in {@code semantic} and {@code semantic-color} (the
 *     SDK's {@code id_increment}, default 0)
 * @param imageSize the image size YOLO normalizes by ({@code image_width}, {@code image_height});
 *     required for {@code image-vector-sequence}, otherwise {@code null} to use each image's size
 * @param loadImages whether to download each sample's image to measure it (COCO {@code
 *     width}/{@code height}, YOLO); when {@code false} they are {@code null} as for images the SDK
 *     cannot load
 */
public record ExportOptions(int idIncrement, ImageSize imageSize, boolean loadImages) {

  /**
   * The SDK's defaults: no id increment, each image's own size, images loaded.
   *
   * @return the options
   */
  public static ExportOptions defaults() {
    return new ExportOptions(0, null, true);
  }

  /**
   * The same options with an id increment.
   *
   * @param increment the increment
   * @return the new options
   */
  public ExportOptions withIdIncrement(int increment) {
    return new ExportOptions(increment, this.imageSize, this.loadImages);
  }

  /**
   * The same options with a fixed image size for YOLO.
   *
   * @param size the size
   * @return the new options
   */
  public ExportOptions withImageSize(ImageSize size) {
    return new ExportOptions(this.idIncrement, size, this.loadImages);
  }

  /**
   * The same options with images loaded or not.
   *
   * @param load whether to load images
   * @return the new options
   */
  public ExportOptions withLoadImages(boolean load) {
    return new ExportOptions(this.idIncrement, this.imageSize, load);
  }
}
