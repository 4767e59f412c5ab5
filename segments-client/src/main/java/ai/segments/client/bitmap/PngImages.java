package ai.segments.client.bitmap;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Writes images as PNG: with {@link PngEncoder#DEFAULT} for the types it supports (8- and 16-bit
 * gray, 8-bit RGB and RGBA: every image the client writes), with the JDK's ImageIO otherwise.
 */
public final class PngImages {

  private PngImages() {}

  /**
   * Writes an image as PNG.
   *
   * @param image the image
   * @param out the stream (not closed)
   * @throws UncheckedIOException if writing fails
   */
  public static void write(BufferedImage image, OutputStream out) {
    if (PngEncoder.supports(image)) {
      PngEncoder.DEFAULT.write(image, out);
      return;
    }
    try {
      if (!ImageIO.write(image, "png", out)) {
        throw new IllegalStateException("No PNG writer for image type " + image.getType());
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /**
   * An image as PNG bytes.
   *
   * @param image the image
   * @return the PNG bytes
   */
  public static byte[] toBytes(BufferedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(image, out);
    return out.toByteArray();
  }
}
