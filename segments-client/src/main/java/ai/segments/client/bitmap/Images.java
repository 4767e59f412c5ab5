package ai.segments.client.bitmap;

import ai.segments.client.call.SegmentsOperation;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes images as the SDK's {@code SegmentsDataset} does: with its EXIF rotation applied; within
 * a pixel limit checked before decoding ({@link ImageReaders}).
 */
public final class Images {

  private Images() {}

  /**
   * Decodes an image of at most {@link ImageReaders#DEFAULT_MAX_PIXELS} pixels and applies the
   * SDK's EXIF rotation ({@link ExifOrientation}).
   *
   * @param bytes the image file
   * @return the image as displayed
   * @throws ai.segments.client.exception.ValidationException if the bytes are not an image the JDK
   *     can read, or it is too large
   */
  public static BufferedImage load(byte[] bytes) {
    return load(bytes, ImageReaders.DEFAULT_MAX_PIXELS);
  }

  /**
   * Decodes an image if the size in its header is within a pixel limit, and applies the SDK's EXIF
   * rotation ({@link ExifOrientation}).
   *
   * @param bytes the image file
   * @param maxPixels the largest width × height decoded
   * @return the image as displayed
   * @throws ai.segments.client.exception.ValidationException if the bytes are not an image the JDK
   *     can read, or it has more than {@code maxPixels} pixels
   */
  public static BufferedImage load(byte[] bytes, long maxPixels) {
    ImageReaders.requireValidMaxPixels(maxPixels, SegmentsOperation.LOAD_IMAGE.operationName());
    BufferedImage image;
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      image = ImageReaders.decode(in, maxPixels, SegmentsOperation.LOAD_IMAGE.operationName());
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return ExifOrientation.apply(image, ExifOrientation.read(bytes));
  }
}
