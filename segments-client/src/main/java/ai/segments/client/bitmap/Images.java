package ai.segments.client.bitmap;

import ai.segments.client.exception.SegmentsErrorDetails;
import ai.segments.client.exception.ValidationException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/** Decodes images as the SDK's {@code SegmentsDataset} does: with its EXIF rotation applied. */
public final class Images {

  private static final String OPERATION = "loadImage";

  private Images() {}

  /**
   * Decodes an image and applies the SDK's EXIF rotation ({@link ExifOrientation}).
   *
   * @param bytes the image file
   * @return the image as displayed
   * @throws ValidationException if the bytes are not an image the JDK can read
   */
  public static BufferedImage load(byte[] bytes) {
    BufferedImage image;
    try {
      image = javax.imageio.ImageIO.read(new ByteArrayInputStream(bytes));
    } catch (IOException ex) {
      throw unreadable(ex.getMessage());
    }
    if (image == null) {
      throw unreadable("no reader for this format");
    }
    return ExifOrientation.apply(image, ExifOrientation.read(bytes));
  }

  private static ValidationException unreadable(String reason) {
    return new ValidationException(
        OPERATION + ": not a readable image (" + reason + ")",
        null,
        SegmentsErrorDetails.beforeRequest(OPERATION));
  }
}
