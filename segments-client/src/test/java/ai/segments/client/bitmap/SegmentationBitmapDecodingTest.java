package ai.segments.client.bitmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.exception.ValidationException;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * {@link SegmentationBitmap#fromPng} reads the decoded raster's bank directly, and gives the ids
 * the former per-pixel {@code Raster.getPixel} loop gave, for every image it accepted, and the same
 * error for every image it refused.
 */
class SegmentationBitmapDecodingTest {

  @Test
  void eightBitRgbAndRgbaAsImageIoAndWeWriteThem() throws IOException {
    for (int type :
        new int[] {
          BufferedImage.TYPE_3BYTE_BGR,
          BufferedImage.TYPE_4BYTE_ABGR,
          BufferedImage.TYPE_INT_RGB,
          BufferedImage.TYPE_INT_ARGB,
          BufferedImage.TYPE_INT_BGR
        }) {
      BufferedImage image = PngEncoderTest.image(type, 23, 11, new Random(type));

      assertDecodedAsBefore(imageIoPng(image));
      assertDecodedAsBefore(PngImages.toBytes(image));
    }
  }

  @Test
  void sixteenBitRgbAndRgbaKeepTheFormerFormula() throws IOException {
    for (boolean alpha : new boolean[] {false, true}) {
      ComponentColorModel model =
          new ComponentColorModel(
              ColorSpace.getInstance(ColorSpace.CS_sRGB),
              alpha,
              false,
              alpha ? Transparency.TRANSLUCENT : Transparency.OPAQUE,
              DataBuffer.TYPE_USHORT);
      WritableRaster raster = model.createCompatibleWritableRaster(9, 5);
      Random random = new Random(alpha ? 2 : 1);
      for (int y = 0; y < 5; y++) {
        for (int x = 0; x < 9; x++) {
          for (int band = 0; band < raster.getNumBands(); band++) {
            raster.setSample(x, y, band, (x == 0) ? 0xFFFF : random.nextInt(0x10000));
          }
        }
      }
      BufferedImage image = new BufferedImage(model, raster, false, null);

      assertDecodedAsBefore(imageIoPng(image));
    }
  }

  @Test
  void aJpegDecodesAsBefore() throws IOException {
    BufferedImage image = PngEncoderTest.image(BufferedImage.TYPE_3BYTE_BGR, 16, 8, new Random(4));
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", jpeg);

    assertDecodedAsBefore(jpeg.toByteArray());
  }

  @Test
  void grayAndPaletteImagesAreStillRefused() throws IOException {
    for (int type :
        new int[] {
          BufferedImage.TYPE_BYTE_GRAY,
          BufferedImage.TYPE_USHORT_GRAY,
          BufferedImage.TYPE_BYTE_INDEXED,
          BufferedImage.TYPE_BYTE_BINARY
        }) {
      byte[] png = imageIoPng(new BufferedImage(4, 4, type));

      assertThatThrownBy(() -> SegmentationBitmap.fromPng(png))
          .as("type %d", type)
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("not an RGB or RGBA image");
    }
  }

  @Test
  void aLabelBitmapRoundTripsAtOddSizes() {
    for (int[] size : new int[][] {{1, 1}, {1, 17}, {17, 1}, {13, 9}, {640, 480}}) {
      SegmentationBitmap bitmap = PngEncoderTest.rectangles(size[0], size[1], new Random(5));

      assertThat(SegmentationBitmap.fromPng(bitmap.toPng())).isEqualTo(bitmap);
    }
  }

  private static void assertDecodedAsBefore(byte[] file) throws IOException {
    BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(file));
    Raster raster = decoded.getRaster();
    int[] expected = new int[decoded.getWidth() * decoded.getHeight()];
    int[] pixel = new int[raster.getNumBands()];
    for (int y = 0; y < decoded.getHeight(); y++) {
      for (int x = 0; x < decoded.getWidth(); x++) {
        raster.getPixel(x, y, pixel);
        expected[y * decoded.getWidth() + x] = pixel[0] | (pixel[1] << 8) | (pixel[2] << 16);
      }
    }

    SegmentationBitmap bitmap = SegmentationBitmap.fromPng(file);

    assertThat(bitmap.width()).isEqualTo(decoded.getWidth());
    assertThat(bitmap.ids()).isEqualTo(expected);
  }

  private static byte[] imageIoPng(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(ImageIO.write(image, "png", out)).isTrue();
    return out.toByteArray();
  }
}
