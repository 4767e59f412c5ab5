package ai.segments.emulator;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.IntBinaryOperator;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Draws a {@link DemoScene} as PNG: the sample image (shapes in their category's colour, with a
 * darker outline, on a soft gradient) and the label bitmap in the API's convention (instance id = R
 * + 256·G + 65536·B, alpha 255, 0 for the background). Pixel by pixel, no fonts or toolkit.
 */
final class DemoPictures {

  private static final int[] FILL = {0x5c6bc0, 0xffa726, 0x66bb6a};
  private static final int[] OUTLINE = {0x283593, 0xe65100, 0x1b5e20};

  private DemoPictures() {}

  /** The sample image of a scene, RGB. */
  static byte[] image(DemoScene scene) {
    return png(BufferedImage.TYPE_INT_RGB, (px, py) -> colour(scene, px, py));
  }

  /** The label bitmap of a scene, RGBA with the instance ids. */
  static byte[] bitmap(DemoScene scene) {
    return png(
        BufferedImage.TYPE_INT_ARGB,
        (px, py) -> {
          int id = scene.idAt(px, py);
          return 0xff000000 | ((id & 0xff) << 16) | (id & 0xff00) | ((id >> 16) & 0xff);
        });
  }

  /** A PNG of the scene's size whose pixels (packed as the image type says) the function gives. */
  private static byte[] png(int imageType, IntBinaryOperator pixelAt) {
    BufferedImage image = new BufferedImage(DemoScene.WIDTH, DemoScene.HEIGHT, imageType);
    int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    for (int py = 0; py < DemoScene.HEIGHT; py++) {
      for (int px = 0; px < DemoScene.WIDTH; px++) {
        pixels[py * DemoScene.WIDTH + px] = pixelAt.applyAsInt(px, py);
      }
    }
    return png(image);
  }

  private static int colour(DemoScene scene, int px, int py) {
    for (DemoShape shape : scene.shapes()) {
      if (shape.contains(px, py)) {
        boolean edge =
            !shape.contains(px - 2, py)
                || !shape.contains(px + 2, py)
                || !shape.contains(px, py - 2)
                || !shape.contains(px, py + 2);
        return (edge ? OUTLINE : FILL)[shape.categoryId() - 1];
      }
    }
    int shade = 0xe8 - py * 0x30 / DemoScene.HEIGHT;
    return (shade << 16) | ((shade + 0x08) << 8) | 0xf0;
  }

  private static byte[] png(BufferedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      writer.write(image);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }
}
