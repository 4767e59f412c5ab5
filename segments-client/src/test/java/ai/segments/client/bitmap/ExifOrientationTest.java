package ai.segments.client.bitmap;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.testfixtures.HostileImages;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

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
    byte[] jpeg =
        HostileImages.withExif(
            jpeg(stored), HostileImages.orientationTiff(orientation, byteOrder.equals("II")));

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

  @ParameterizedTest(name = "IFD offset {0}")
  @ValueSource(ints = {Integer.MAX_VALUE, Integer.MAX_VALUE - 7, -1, -8, 0, 7, 25, 100000})
  void anIfdOffsetOutsideTheSegmentIsNoOrientation(int offset) throws IOException {
    byte[] tiff = HostileImages.tiffWithIfdOffset(offset);

    assertThat(ExifOrientation.read(HostileImages.withExif(smallJpeg(), tiff)))
        .isEqualTo(ExifOrientation.NORMAL);
  }

  @Test
  void entriesRunningPastTheSegmentAndUnknownValuesAreNoOrientation() throws IOException {
    ByteBuffer entries = ByteBuffer.allocate(26).order(ByteOrder.BIG_ENDIAN);
    entries.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8).putShort((short) -1);
    byte[] badValue = HostileImages.orientationTiff(0xFFFF, false);
    byte[] unknownOrder = {'X', 'Y', 0, 42, 0, 0, 0, 8};

    assertThat(ExifOrientation.read(HostileImages.withExif(smallJpeg(), entries.array())))
        .isEqualTo(1);
    assertThat(ExifOrientation.read(HostileImages.withExif(smallJpeg(), badValue))).isEqualTo(1);
    assertThat(ExifOrientation.read(HostileImages.withExif(smallJpeg(), unknownOrder)))
        .isEqualTo(1);
    assertThat(ExifOrientation.read(HostileImages.withExif(smallJpeg(), new byte[3]))).isEqualTo(1);
  }

  @Test
  void segmentsLongerThanTheFileAndSegmentsOfLengthBelowTwoAreNoOrientation() {
    byte[] pastTheEnd = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, (byte) 0xFF, 0, 'E'};
    byte[] tooShort = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 1, 0, 0};

    assertThat(ExifOrientation.read(pastTheEnd)).isEqualTo(ExifOrientation.NORMAL);
    assertThat(ExifOrientation.read(tooShort)).isEqualTo(ExifOrientation.NORMAL);
    assertThat(ExifOrientation.read(new byte[0])).isEqualTo(ExifOrientation.NORMAL);
  }

  @Test
  @Timeout(10)
  void onlyTheStartOfAStreamIsRead() throws IOException {
    // A JPEG made of 64 KB comment segments, endless: the scan stops after its first megabyte.
    InputStream endless =
        new InputStream() {
          private long position;

          @Override
          public int read() {
            long at = this.position++;
            if (at < 2) {
              return (at == 0) ? 0xFF : 0xD8;
            }
            long inSegment = (at - 2) % 65537;
            return (inSegment == 0) ? 0xFF : (inSegment == 1) ? 0xFE : 0xFF;
          }
        };

    assertThat(ExifOrientation.read(endless)).isEqualTo(ExifOrientation.NORMAL);
  }

  @RepeatedTest(value = 5, name = "fuzz round {currentRepetition}")
  void mutatedExifNeverThrows(RepetitionInfo round) throws IOException {
    Random random = new Random(round.getCurrentRepetition());
    byte[] valid =
        HostileImages.withExif(smallJpeg(), HostileImages.orientationTiff(6, random.nextBoolean()));
    for (int i = 0; i < 2000; i++) {
      byte[] mutated = valid.clone();
      int changes = 1 + random.nextInt(8);
      for (int change = 0; change < changes; change++) {
        // Mostly in the segment header and the TIFF structure, where the offsets are.
        int at =
            random.nextInt(random.nextBoolean() ? Math.min(48, mutated.length) : mutated.length);
        mutated[at] = (byte) random.nextInt(256);
      }
      byte[] truncated = Arrays.copyOf(mutated, random.nextInt(mutated.length + 1));
      assertThat(ExifOrientation.read(mutated)).isBetween(1, 8);
      assertThat(ExifOrientation.read(truncated)).isBetween(1, 8);
    }
    byte[] noise = new byte[256];
    for (int i = 0; i < 2000; i++) {
      random.nextBytes(noise);
      byte[] tiff = Arrays.copyOf(noise, random.nextInt(noise.length));
      assertThat(ExifOrientation.read(HostileImages.withExif(valid, tiff))).isBetween(1, 8);
    }
  }

  private static byte[] smallJpeg() throws IOException {
    return jpeg(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB));
  }

  private static byte[] jpeg(BufferedImage image) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", out);
    return out.toByteArray();
  }
}
