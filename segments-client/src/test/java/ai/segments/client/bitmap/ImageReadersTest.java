package ai.segments.client.bitmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.exception.ValidationException;
import ai.segments.testfixtures.HostileImages;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Images are decoded only within the pixel limit, checked from the header before decoding. */
class ImageReadersTest {

  @Test
  void aDecompressionBombIsRefusedFromItsHeaderNamingItsSizeAndTheLimit() {
    byte[] bomb = HostileImages.zeroPng(12000, 12000);

    assertThat(bomb.length).isLessThan(1024 * 1024);
    assertThatThrownBy(() -> SegmentationBitmap.fromPng(bomb))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("12000x12000 image (144000000 pixels)")
        .hasMessageContaining("limit of 16777216 pixels");
    assertThatThrownBy(() -> Images.load(bomb))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("loadImage: a 12000x12000 image");
  }

  @Test
  void theLimitIsInclusiveAndConfigurable() {
    byte[] png = HostileImages.zeroPng(10, 10);

    assertThat(SegmentationBitmap.fromPng(new ByteArrayInputStream(png), 100).distinctIds())
        .isEmpty();
    assertThat(Images.load(png, 100).getWidth()).isEqualTo(10);
    assertThatThrownBy(() -> SegmentationBitmap.fromPng(new ByteArrayInputStream(png), 99))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("a 10x10 image (100 pixels) exceeds the limit of 99 pixels");
  }

  @Test
  void theBombsOfTheseTestsAreValidPngs() {
    // Three repeated deflate blocks and a remainder, decoded in full: every pixel is id 0.
    SegmentationBitmap decoded =
        SegmentationBitmap.fromPng(
            new ByteArrayInputStream(HostileImages.zeroPng(700, 1000)), 700_000);

    assertThat(decoded.width()).isEqualTo(700);
    assertThat(decoded.height()).isEqualTo(1000);
    assertThat(decoded.distinctIds()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, ImageReaders.LARGEST_MAX_PIXELS + 1})
  void limitsOutsideTheRangeAreRefused(long limit) {
    assertThatThrownBy(() -> ImageReaders.requireValidMaxPixels(limit, "test"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("the pixel limit must be between 1 and");
    assertThatThrownBy(() -> Images.load(HostileImages.zeroPng(1, 1), limit))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void theSizeComesFromTheHeaderAlone() throws IOException {
    ByteArrayOutputStream huge = new ByteArrayOutputStream();
    HostileImages.writeHugePng(50000, 40000, 1000, huge);

    try (ImageInputStream in =
        new MemoryCacheImageInputStream(new ByteArrayInputStream(huge.toByteArray()))) {
      assertThat(ImageReaders.size(in)).isEqualTo(new Dimension(50000, 40000));
    }
  }

  @Test
  void malformedImagesAreValidationFailures() throws IOException {
    byte[] png = PngImages.toBytes(new BufferedImage(64, 64, BufferedImage.TYPE_4BYTE_ABGR));
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB), "jpg", jpeg);
    byte[] headerOnly = Arrays.copyOf(png, 40);
    byte[] truncatedJpeg = Arrays.copyOf(jpeg.toByteArray(), 30);
    byte[] garbage = "definitely not an image".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    for (byte[] malformed : new byte[][] {headerOnly, truncatedJpeg, garbage, new byte[0]}) {
      assertThatThrownBy(() -> SegmentationBitmap.fromPng(malformed))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("segmentationBitmap: ");
      assertThatThrownBy(() -> Images.load(malformed))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("loadImage: not a readable image");
    }
  }

  @Test
  void headersOfMalformedImagesFailWithAnIoException() {
    byte[] garbage = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0};

    assertThatThrownBy(
            () -> {
              try (ImageInputStream in =
                  new MemoryCacheImageInputStream(new ByteArrayInputStream(garbage))) {
                ImageReaders.size(in);
              }
            })
        .isInstanceOf(IOException.class);
  }
}
