package ai.segments.client.bitmap;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The EXIF orientation of a JPEG and the rotation the SDK's {@code handle_exif_rotation} applies
 * for it: 3 → 180°, 6 → 90° clockwise, 8 → 90° counter-clockwise; every other value (mirrored
 * orientations included, as in the SDK) leaves the image as stored.
 */
public final class ExifOrientation {

  /** The orientation of an image without EXIF data: as stored. */
  public static final int NORMAL = 1;

  private static final int ORIENTATION_TAG = 0x0112;

  private ExifOrientation() {}

  /**
   * Reads the EXIF orientation tag of a JPEG.
   *
   * @param image the image file's bytes
   * @return the orientation (1 to 8), or {@link #NORMAL} when the image is not a JPEG or has none
   */
  public static int read(byte[] image) {
    ByteBuffer jpeg = ByteBuffer.wrap(image).order(ByteOrder.BIG_ENDIAN);
    if (image.length < 4 || jpeg.getShort(0) != (short) 0xFFD8) {
      return NORMAL;
    }
    int position = 2;
    while (position + 4 <= image.length && (image[position] & 0xFF) == 0xFF) {
      int marker = image[position + 1] & 0xFF;
      int length = jpeg.getShort(position + 2) & 0xFFFF;
      if (marker == 0xDA || length < 2) {
        return NORMAL;
      }
      if (marker == 0xE1 && isExif(image, position + 4)) {
        return orientation(image, position + 10, position + 2 + length);
      }
      position += 2 + length;
    }
    return NORMAL;
  }

  private static boolean isExif(byte[] image, int start) {
    return start + 6 <= image.length
        && new String(image, start, 4, StandardCharsets.ISO_8859_1).equals("Exif")
        && image[start + 4] == 0
        && image[start + 5] == 0;
  }

  /** Reads the orientation from the TIFF structure at {@code tiff}, within {@code end}. */
  private static int orientation(byte[] image, int tiff, int end) {
    int limit = Math.min(end, image.length);
    if (tiff + 8 > limit) {
      return NORMAL;
    }
    ByteBuffer buffer = ByteBuffer.wrap(image, 0, limit);
    buffer.order(image[tiff] == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
    int ifd = tiff + buffer.getInt(tiff + 4);
    if (ifd < tiff || ifd + 2 > limit) {
      return NORMAL;
    }
    int entries = buffer.getShort(ifd) & 0xFFFF;
    for (int i = 0; i < entries; i++) {
      int entry = ifd + 2 + 12 * i;
      if (entry + 12 > limit) {
        return NORMAL;
      }
      if ((buffer.getShort(entry) & 0xFFFF) == ORIENTATION_TAG) {
        int value = buffer.getShort(entry + 8) & 0xFFFF;
        return (value >= 1 && value <= 8) ? value : NORMAL;
      }
    }
    return NORMAL;
  }

  /**
   * Whether an orientation swaps width and height once applied (6 and 8).
   *
   * @param orientation the EXIF orientation
   * @return {@code true} for a quarter turn
   */
  public static boolean swapsDimensions(int orientation) {
    return orientation == 6 || orientation == 8;
  }

  /**
   * Applies the SDK's rotation for an orientation.
   *
   * @param image the image as stored
   * @param orientation the EXIF orientation
   * @return the rotated image, or {@code image} itself when no rotation applies
   */
  public static BufferedImage apply(BufferedImage image, int orientation) {
    int width = image.getWidth();
    int height = image.getHeight();
    AffineTransform transform;
    switch (orientation) {
      case 3 -> transform = new AffineTransform(-1, 0, 0, -1, width, height);
      case 6 -> transform = new AffineTransform(0, 1, -1, 0, height, 0);
      case 8 -> transform = new AffineTransform(0, -1, 1, 0, 0, width);
      default -> {
        return image;
      }
    }
    BufferedImage rotated =
        swapsDimensions(orientation)
            ? new BufferedImage(height, width, imageType(image))
            : new BufferedImage(width, height, imageType(image));
    return new AffineTransformOp(transform, AffineTransformOp.TYPE_NEAREST_NEIGHBOR)
        .filter(image, rotated);
  }

  private static int imageType(BufferedImage image) {
    return (image.getType() != BufferedImage.TYPE_CUSTOM)
        ? image.getType()
        : BufferedImage.TYPE_INT_ARGB;
  }
}
