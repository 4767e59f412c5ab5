package ai.segments.client.bitmap;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** EXIF orientation as the SDK's handle_exif_rotation applies it: only 3, 6 and 8 rotate. */
class ExifOrientationTest {

  @ParameterizedTest
  @CsvSource({
    "1, II, 30, 20, 5, 5",
    "3, II, 30, 20, 25, 15",
    "6, MM, 20, 30, 15, 5",
    "8, II, 20, 30, 5, 25",
    "2, MM, 30, 20, 5, 5"
  })
  void readsTheTagAndRotatesLikeTheSdk(
      int orientation, String byteOrder, int width, int height, int redX, int redY)
      throws IOException {
    BufferedImage stored = new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = stored.createGraphics();
    graphics.setColor(Color.RED);
    graphics.fillRect(0, 0, 10, 10);
    graphics.dispose();
    byte[] jpeg = withExifOrientation(jpeg(stored), orientation, byteOrder.equals("II"));

    assertThat(ExifOrientation.read(jpeg)).isEqualTo(orientation);
    BufferedImage shown = Images.load(jpeg);

    assertThat(shown.getWidth()).isEqualTo(width);
    assertThat(shown.getHeight()).isEqualTo(height);
    // The stored top-left block (red) lands where the rotation puts it.
    assertThat(new Color(shown.getRGB(redX, redY)).getRed()).isGreaterThan(200);
  }

  @ParameterizedTest
  @CsvSource({"png", "jpg"})
  void imagesWithoutExifAreNormal(String format) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB), format, out);
    assertThat(ExifOrientation.read(out.toByteArray())).isEqualTo(ExifOrientation.NORMAL);
  }

  private static byte[] jpeg(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", out);
    return out.toByteArray();
  }

  /** Inserts an APP1 Exif segment with one IFD0 entry (Orientation, SHORT) after SOI. */
  private static byte[] withExifOrientation(byte[] jpeg, int orientation, boolean littleEndian) {
    ByteBuffer tiff =
        ByteBuffer.allocate(26)
            .order(littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
    tiff.put((byte) (littleEndian ? 'I' : 'M')).put((byte) (littleEndian ? 'I' : 'M'));
    tiff.putShort((short) 42).putInt(8).putShort((short) 1);
    tiff.putShort((short) 0x0112)
        .putShort((short) 3)
        .putInt(1)
        .putShort((short) orientation)
        .putShort((short) 0);
    tiff.putInt(0);
    byte[] exif =
        ByteBuffer.allocate(6 + 26)
            .put("Exif\0\0".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1))
            .put(tiff.array())
            .array();
    ByteBuffer result = ByteBuffer.allocate(jpeg.length + 4 + exif.length);
    result
        .put(jpeg, 0, 2)
        .put((byte) 0xFF)
        .put((byte) 0xE1)
        .putShort((short) (exif.length + 2))
        .put(exif);
    result.put(jpeg, 2, jpeg.length - 2);
    return result.array();
  }
}
