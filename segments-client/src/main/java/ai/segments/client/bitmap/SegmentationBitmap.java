package ai.segments.client.bitmap;

import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.exception.SegmentsErrorDetails;
import ai.segments.client.exception.ValidationException;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;

/**
 * A bitmap of non-negative ids, one per pixel, row by row: instance ids (a segmentation label) or
 * category ids (a semantic bitmap).
 *
 * <p>The API stores instance bitmaps as RGBA PNGs holding each id in little-endian order: {@code id
 * = R + 256 × G + 65536 × B}, alpha 255 (the SDK's {@code bitmap2file}; reading ignores alpha, as
 * {@code load_label_bitmap_from_url} does). Ids therefore range from 0 (unlabeled) to {@value
 * #MAX_ID}.
 *
 * <pre>{@code
 * SegmentationBitmap bitmap = SegmentationBitmap.of(2, 2, new int[] {0, 1, 1, 2});
 * Asset png = client.uploadAsset(bitmap.toPng(), "label.png");
 * }</pre>
 */
public final class SegmentationBitmap {

  /** The largest id an RGBA PNG can hold (24 bits; the alpha byte is always 255). */
  public static final int MAX_ID = 0xFFFFFF;

  private final int width;
  private final int height;
  private final int[] ids;

  private SegmentationBitmap(int width, int height, int[] ids) {
    this.width = width;
    this.height = height;
    this.ids = ids;
  }

  /**
   * A bitmap of the given ids.
   *
   * @param width the width in pixels
   * @param height the height in pixels
   * @param ids {@code width × height} ids, row by row (copied)
   * @return the bitmap
   * @throws ValidationException if the size does not match or an id is outside 0..{@value #MAX_ID}
   */
  public static SegmentationBitmap of(int width, int height, int[] ids) {
    if (width < 1 || height < 1 || ids == null || ids.length != (long) width * height) {
      throw invalid(
          "a " + width + "x" + height + " bitmap needs " + ((long) width * height) + " ids");
    }
    for (int id : ids) {
      if (id < 0 || id > MAX_ID) {
        throw invalid("id " + id + " is outside 0.." + MAX_ID + " (24 bits of an RGBA PNG)");
      }
    }
    return new SegmentationBitmap(width, height, ids.clone());
  }

  /**
   * Decodes an instance PNG as the API stores it ({@code id = R + 256 G + 65536 B}), if it has at
   * most {@link ImageReaders#DEFAULT_MAX_PIXELS} pixels.
   *
   * @param png the PNG bytes
   * @return the bitmap
   * @throws ValidationException if the bytes are not a readable RGB(A) image or it is too large
   */
  public static SegmentationBitmap fromPng(byte[] png) {
    return fromPng(new ByteArrayInputStream(png));
  }

  /**
   * Decodes an instance PNG as the API stores it, if it has at most {@link
   * ImageReaders#DEFAULT_MAX_PIXELS} pixels.
   *
   * @param png the PNG stream (not closed)
   * @return the bitmap
   * @throws ValidationException if the stream is not a readable RGB(A) image or it is too large
   */
  public static SegmentationBitmap fromPng(InputStream png) {
    return fromPng(png, ImageReaders.DEFAULT_MAX_PIXELS);
  }

  /**
   * Decodes an instance PNG as the API stores it, if the size in its header is within a pixel limit
   * (checked before any pixel is decoded).
   *
   * @param png the PNG stream (not closed)
   * @param maxPixels the largest width × height decoded
   * @return the bitmap
   * @throws ValidationException if the stream is not a readable RGB(A) image or has more than
   *     {@code maxPixels} pixels
   */
  public static SegmentationBitmap fromPng(InputStream png, long maxPixels) {
    ImageReaders.requireValidMaxPixels(
        maxPixels, SegmentsOperation.SEGMENTATION_BITMAP.operationName());
    try (ImageInputStream in = ImageIO.createImageInputStream(png)) {
      if (in == null) {
        throw invalid("the bitmap cannot be read (no image stream for it)");
      }
      return fromPng(in, maxPixels);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** Decodes an instance PNG within a pixel limit (already checked). */
  static SegmentationBitmap fromPng(ImageInputStream png, long maxPixels) {
    BufferedImage image =
        ImageReaders.decode(png, maxPixels, SegmentsOperation.SEGMENTATION_BITMAP.operationName());
    Raster raster = image.getRaster();
    if (raster.getNumBands() < 3) {
      throw invalid("the bitmap is not an RGB or RGBA image");
    }
    int width = image.getWidth();
    int height = image.getHeight();
    int[] ids = new int[width * height];
    InterleavedPixels.of(raster)
        .ifPresentOrElse(
            pixels -> readIds(pixels, width, height, ids),
            () -> readIds(raster, width, height, ids));
    return new SegmentationBitmap(width, height, ids);
  }

  /** {@code id = R | G << 8 | B << 16} straight from the raster's bank. */
  private static void readIds(InterleavedPixels pixels, int width, int height, int[] ids) {
    int stride = pixels.pixelStride();
    for (int y = 0, i = 0; y < height; y++) {
      int red = pixels.index(0, y, 0);
      int green = pixels.index(0, y, 1);
      int blue = pixels.index(0, y, 2);
      for (int x = 0; x < width; x++, i++, red += stride, green += stride, blue += stride) {
        ids[i] = pixels.sample(red) | (pixels.sample(green) << 8) | (pixels.sample(blue) << 16);
      }
    }
  }

  /** The same, row by row through the raster, for other layouts (packed or banked samples). */
  private static void readIds(Raster raster, int width, int height, int[] ids) {
    int bands = raster.getNumBands();
    int[] row = new int[width * bands];
    for (int y = 0, i = 0; y < height; y++) {
      raster.getPixels(raster.getMinX(), raster.getMinY() + y, width, 1, row);
      for (int p = 0; p < row.length; p += bands, i++) {
        ids[i] = row[p] | (row[p + 1] << 8) | (row[p + 2] << 16);
      }
    }
  }

  /**
   * Encodes the ids as the RGBA PNG the API expects for a segmentation label (the SDK's {@code
   * bitmap2file}); upload it with {@code client.uploadAsset(bytes, "label.png")}.
   *
   * @return the PNG bytes
   */
  public byte[] toPng() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writePng(out);
    return out.toByteArray();
  }

  /**
   * Writes {@link #toPng()} to a stream.
   *
   * @param out the stream (not closed)
   */
  public void writePng(OutputStream out) {
    PngEncoder.DEFAULT.write(
        PngEncoder.Header.rgba(this.width, this.height),
        (y, row) -> {
          for (int x = 0, i = y * this.width, b = 0; x < this.width; x++, i++) {
            int id = this.ids[i];
            row[b++] = (byte) id;
            row[b++] = (byte) (id >> 8);
            row[b++] = (byte) (id >> 16);
            row[b++] = (byte) 0xFF;
          }
        },
        out);
  }

  /**
   * The semantic bitmap of this instance bitmap (the SDK's {@code get_semantic_bitmap}): every
   * pixel's instance id replaced by its category id plus {@code idIncrement}; pixels of instances
   * without a category (and 0, unlabeled) become 0.
   *
   * @param categoryOfInstance the category id of each instance id ({@code annotations[].id →
   *     category_id})
   * @param idIncrement added to every category id (the SDK's {@code id_increment}, usually 0)
   * @return the semantic bitmap
   */
  public SegmentationBitmap toSemantic(Map<Integer, Integer> categoryOfInstance, int idIncrement) {
    int[] semantic = new int[this.ids.length];
    for (int i = 0; i < semantic.length; i++) {
      Integer category = categoryOfInstance.get(this.ids[i]);
      semantic[i] = (this.ids[i] != 0 && category != null) ? category + idIncrement : 0;
    }
    return new SegmentationBitmap(this.width, this.height, semantic);
  }

  /**
   * The width.
   *
   * @return the width in pixels
   */
  public int width() {
    return this.width;
  }

  /**
   * The height.
   *
   * @return the height in pixels
   */
  public int height() {
    return this.height;
  }

  /**
   * The id at a pixel.
   *
   * @param x the column, from 0
   * @param y the row, from 0
   * @return the id
   */
  public int id(int x, int y) {
    return this.ids[y * this.width + x];
  }

  /**
   * All ids, row by row.
   *
   * @return a copy of the ids
   */
  public int[] ids() {
    return this.ids.clone();
  }

  /**
   * The distinct non-zero ids, ascending.
   *
   * @return the ids present in the bitmap
   */
  public SortedSet<Integer> distinctIds() {
    SortedSet<Integer> distinct = new TreeSet<>();
    for (int id : this.ids) {
      if (id != 0) {
        distinct.add(id);
      }
    }
    return distinct;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SegmentationBitmap that
        && this.width == that.width
        && this.height == that.height
        && Arrays.equals(this.ids, that.ids);
  }

  @Override
  public int hashCode() {
    return 31 * (31 * this.width + this.height) + Arrays.hashCode(this.ids);
  }

  @Override
  public String toString() {
    return "SegmentationBitmap[" + this.width + "x" + this.height + "]";
  }

  private static ValidationException invalid(String problem) {
    return new ValidationException(
        SegmentsOperation.SEGMENTATION_BITMAP.operationName() + ": " + problem,
        null,
        SegmentsErrorDetails.beforeRequest(SegmentsOperation.SEGMENTATION_BITMAP.operationName()));
  }
}
