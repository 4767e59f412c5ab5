package ai.segments.client.export;

import ai.segments.client.bitmap.SegmentationBitmap;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.List;

/** The SDK's {@code COLORMAP}, {@code get_color} and {@code colorize}. */
final class Colors {

  /** The SDK's 36 colors (RGB; its alpha is always 255). */
  static final int[][] COLORMAP = {
    {0, 113, 188},
    {216, 82, 24},
    {236, 176, 31},
    {125, 46, 141},
    {118, 171, 47},
    {76, 189, 237},
    {161, 19, 46},
    {255, 0, 0},
    {255, 127, 0},
    {190, 190, 0},
    {0, 255, 0},
    {0, 0, 255},
    {170, 0, 255},
    {84, 84, 0},
    {84, 170, 0},
    {84, 255, 0},
    {170, 84, 0},
    {170, 170, 0},
    {170, 255, 0},
    {255, 84, 0},
    {255, 170, 0},
    {255, 255, 0},
    {0, 84, 127},
    {0, 170, 127},
    {0, 255, 127},
    {84, 0, 127},
    {84, 84, 127},
    {84, 170, 127},
    {84, 255, 127},
    {170, 0, 127},
    {170, 84, 127},
    {170, 170, 127},
    {170, 255, 127},
    {255, 0, 127},
    {255, 84, 127},
    {255, 170, 127}
  };

  private Colors() {}

  /** The SDK's {@code get_color(id)}: {@code COLORMAP[id % 36]}. */
  static int[] colorOf(int id) {
    return COLORMAP[Math.floorMod(id, COLORMAP.length)];
  }

  /**
   * The SDK's {@code colorize(np.uint8(bitmap), colormap)}: ids taken modulo 256, id 0 black,
   * others {@code colormap[id - 1]} (or {@code get_color(id - 1)} without a colormap); ids beyond
   * the colormap stay black.
   */
  static BufferedImage colorize(SegmentationBitmap bitmap, List<int[]> colormap) {
    BufferedImage image =
        new BufferedImage(bitmap.width(), bitmap.height(), BufferedImage.TYPE_3BYTE_BGR);
    int[] colorOfByte = new int[256];
    for (int id = 1; id < colorOfByte.length; id++) {
      int[] color = (colormap == null) ? colorOf(id - 1) : colormapColor(colormap, id - 1);
      colorOfByte[id] =
          (color == null)
              ? 0
              : (color[0] & 0xFF) | (color[1] & 0xFF) << 8 | (color[2] & 0xFF) << 16;
    }
    // A new TYPE_3BYTE_BGR image: one byte bank, blue, green, red per pixel, rows back to back.
    byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    int[] ids = bitmap.ids();
    for (int i = 0, b = 0; i < ids.length; i++, b += 3) {
      int rgb = colorOfByte[ids[i] & 0xFF];
      bgr[b] = (byte) (rgb >>> 16);
      bgr[b + 1] = (byte) (rgb >>> 8);
      bgr[b + 2] = (byte) rgb;
    }
    return image;
  }

  private static int[] colormapColor(List<int[]> colormap, int index) {
    return (index < colormap.size()) ? colormap.get(index) : null;
  }

  /** The SDK's {@code rgb2id}: {@code R + 256 G + 65536 B}. */
  static int rgbToId(int[] rgb) {
    return rgb[0] + 256 * rgb[1] + 65536 * rgb[2];
  }
}
