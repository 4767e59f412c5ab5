package ai.segments.client.bitmap;

import ai.segments.client.exception.SegmentsErrorDetails;
import ai.segments.client.exception.ValidationException;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads images with the JDK's ImageIO within a pixel limit: the size comes from the image's header
 * and is checked before a single pixel is decoded, so that a small file declaring a huge image (a
 * decompression bomb) is refused instead of filling the heap.
 *
 * <p>The default limit, {@value #DEFAULT_MAX_PIXELS} pixels (4096 × 4096), fits a 512 MB heap with
 * room to spare: decoding costs at most 12 bytes a pixel (a 16-bit RGBA image, 8 bytes, plus the
 * bitmap's {@code int} ids, 4), and the most demanding export (polygons: the ids, a copy of them, a
 * mask and the contour tracer's marks) about 13 more; measured, a 4096 × 4096 bitmap decoded and
 * traced needs a heap between 256 and 320 MB. Raise the limit together with the heap.
 */
public final class ImageReaders {

  /** The default largest number of pixels (width × height) decoded: 16,777,216 (4096 × 4096). */
  public static final long DEFAULT_MAX_PIXELS = 4096L * 4096L;

  /** The largest pixel limit accepted: the largest Java array. */
  public static final long LARGEST_MAX_PIXELS = Integer.MAX_VALUE - 8L;

  private ImageReaders() {}

  /**
   * Checks a pixel limit.
   *
   * @param maxPixels the largest number of pixels to decode
   * @param operation the operation named in the error
   * @return {@code maxPixels}
   * @throws ValidationException if it is outside 1..{@link #LARGEST_MAX_PIXELS}
   */
  public static long requireValidMaxPixels(long maxPixels, String operation) {
    if (maxPixels < 1 || maxPixels > LARGEST_MAX_PIXELS) {
      throw invalid(
          operation,
          "the pixel limit must be between 1 and " + LARGEST_MAX_PIXELS + ", not " + maxPixels,
          null);
    }
    return maxPixels;
  }

  /**
   * Reads the size of the first image of a stream from its header, without decoding pixels.
   *
   * @param in the image (not closed)
   * @return the width and height as stored
   * @throws IOException if no reader knows the format or the header is malformed
   */
  public static Dimension size(ImageInputStream in) throws IOException {
    return withReader(in, reader -> new Dimension(reader.getWidth(0), reader.getHeight(0)));
  }

  /**
   * Decodes the first image of a stream if the size in its header is within a pixel limit.
   *
   * @param in the image (not closed)
   * @param maxPixels the largest width × height decoded
   * @param operation the operation named in errors
   * @return the image as stored
   * @throws ValidationException if the image is larger than {@code maxPixels} (naming both) or
   *     cannot be read
   */
  public static BufferedImage decode(ImageInputStream in, long maxPixels, String operation) {
    try {
      return withReader(
          in,
          reader -> {
            requireWithin(reader.getWidth(0), reader.getHeight(0), maxPixels, operation);
            return reader.read(0);
          });
    } catch (IOException ex) {
      throw invalid(operation, "not a readable image (" + ex.getMessage() + ")", ex);
    }
  }

  private static void requireWithin(int width, int height, long maxPixels, String operation) {
    long pixels = (long) width * height;
    if (width < 1 || height < 1 || pixels > maxPixels) {
      throw invalid(
          operation,
          "a "
              + width
              + "x"
              + height
              + " image ("
              + pixels
              + " pixels) exceeds the limit of "
              + maxPixels
              + " pixels; it is not decoded",
          null);
    }
  }

  /**
   * Runs an action on the reader of a stream's format, turning the unchecked exceptions that
   * ImageIO's readers raise on malformed data into {@link IIOException}s.
   */
  private static <T> T withReader(ImageInputStream in, ReaderAction<T> action) throws IOException {
    Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
    if (!readers.hasNext()) {
      throw new IIOException("no reader for this format");
    }
    ImageReader reader = readers.next();
    try {
      reader.setInput(in, true, true);
      return action.apply(reader);
    } catch (ValidationException ex) {
      throw ex;
    } catch (RuntimeException ex) {
      throw new IIOException("malformed image: " + ex, ex);
    } finally {
      reader.dispose();
    }
  }

  private static ValidationException invalid(String operation, String problem, Throwable cause) {
    return new ValidationException(
        operation + ": " + problem, cause, SegmentsErrorDetails.beforeRequest(operation));
  }

  /** Something done with an image reader. */
  @FunctionalInterface
  private interface ReaderAction<T> {
    T apply(ImageReader reader) throws IOException;
  }
}
