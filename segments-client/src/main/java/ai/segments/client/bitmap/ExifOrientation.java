package ai.segments.client.bitmap;

import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The EXIF orientation of a JPEG and the rotation the SDK's {@code handle_exif_rotation} applies
 * for it: 3 → 180°, 6 → 90° clockwise, 8 → 90° counter-clockwise; every other value (mirrored
 * orientations included, as in the SDK) leaves the image as stored.
 *
 * <p>Only the JPEG's marker segments before the image data that start within its first {@value
 * #MAX_SCANNED_BYTES} bytes are read (each at most 64 KB). Malformed EXIF data (offsets or counts
 * past the segment's end, an unknown byte order, an orientation outside 1..8) is logged as a
 * warning and read as {@link #NORMAL}: it never fails the caller.
 */
public final class ExifOrientation {

  /** The orientation of an image without EXIF data: as stored. */
  public static final int NORMAL = 1;

  /** How far into a JPEG the EXIF segment is looked for. */
  public static final int MAX_SCANNED_BYTES = 1 << 20;

  private static final Log LOGGER = LogFactory.getLog(ExifOrientation.class);
  private static final int ORIENTATION_TAG = 0x0112;
  private static final int START_OF_SCAN = 0xDA;
  private static final int END_OF_IMAGE = 0xD9;
  private static final int APP1 = 0xE1;
  private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
  private static final int IFD_ENTRY_SIZE = 12;

  private ExifOrientation() {}

  /**
   * Reads the EXIF orientation tag of a JPEG.
   *
   * @param image the image file's bytes
   * @return the orientation (1 to 8), or {@link #NORMAL} when the image is not a JPEG, has none or
   *     its EXIF data is malformed (logged)
   */
  public static int read(byte[] image) {
    try {
      return read(new ByteArrayInputStream(image));
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /**
   * Reads the EXIF orientation tag of a JPEG from the start of a stream: only the segments that
   * start within its first {@value #MAX_SCANNED_BYTES} bytes are read, each of at most 64 KB.
   *
   * @param in the image file, from its first byte (not closed; left somewhere in its header)
   * @return the orientation (1 to 8), or {@link #NORMAL} when the image is not a JPEG, has none or
   *     its EXIF data is malformed (logged)
   * @throws IOException if reading the stream fails
   */
  public static int read(InputStream in) throws IOException {
    if (readUnsignedShort(in) != 0xFFD8) {
      return NORMAL;
    }
    long position = 2;
    while (position < MAX_SCANNED_BYTES) {
      int prefix = in.read();
      int marker = in.read();
      if (prefix != 0xFF || marker < 0 || marker == START_OF_SCAN || marker == END_OF_IMAGE) {
        return NORMAL;
      }
      int length = readUnsignedShort(in);
      if (length < 2) {
        return malformed("a JPEG segment of length " + length);
      }
      byte[] segment = in.readNBytes(length - 2);
      if (segment.length < length - 2) {
        return NORMAL;
      }
      if (marker == APP1 && isExif(segment)) {
        return orientation(segment);
      }
      position += 2L + length;
    }
    return NORMAL;
  }

  /** The next two bytes as an unsigned short, or -1 at the end of the stream. */
  private static int readUnsignedShort(InputStream in) throws IOException {
    int high = in.read();
    int low = in.read();
    return (high < 0 || low < 0) ? -1 : (high << 8) | low;
  }

  private static boolean isExif(byte[] segment) {
    return Arrays.equals(
        segment,
        0,
        Math.min(segment.length, EXIF_HEADER.length),
        EXIF_HEADER,
        0,
        EXIF_HEADER.length);
  }

  /** Reads the orientation from IFD0 of the TIFF structure after the EXIF header. */
  private static int orientation(byte[] segment) {
    int length = segment.length - EXIF_HEADER.length;
    if (length < 8) {
      return malformed("a TIFF header of " + length + " bytes");
    }
    ByteBuffer tiff = ByteBuffer.wrap(segment, EXIF_HEADER.length, length).slice();
    if (tiff.get(0) == 'I' && tiff.get(1) == 'I') {
      tiff.order(ByteOrder.LITTLE_ENDIAN);
    } else if (tiff.get(0) != 'M' || tiff.get(1) != 'M') {
      return malformed("an unknown TIFF byte order");
    }
    long ifd = Integer.toUnsignedLong(tiff.getInt(4));
    if (ifd < 8 || ifd > length - 2) {
      return malformed("an IFD offset of " + ifd + " in " + length + " bytes of TIFF data");
    }
    int entries = Short.toUnsignedInt(tiff.getShort((int) ifd));
    if (ifd + 2 + (long) IFD_ENTRY_SIZE * entries > length) {
      return malformed(entries + " IFD entries at offset " + ifd + " in " + length + " bytes");
    }
    for (int i = 0; i < entries; i++) {
      int entry = (int) ifd + 2 + IFD_ENTRY_SIZE * i;
      if (Short.toUnsignedInt(tiff.getShort(entry)) == ORIENTATION_TAG) {
        int value = Short.toUnsignedInt(tiff.getShort(entry + 8));
        return (value >= 1 && value <= 8) ? value : malformed("an orientation of " + value);
      }
    }
    return NORMAL;
  }

  private static int malformed(String problem) {
    LOGGER.warn("Malformed EXIF data (" + problem + "): the image is used as stored");
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
