package ai.segments.client.bitmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.exception.ValidationException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The SDK's bitmap encoding: {@code id = R + 256 G + 65536 B}, alpha 255 (bitmap2file). */
class SegmentationBitmapTest {

  @Test
  void encodesEachIdLittleEndianIntoRgbWithOpaqueAlpha() throws IOException {
    SegmentationBitmap bitmap = SegmentationBitmap.of(2, 2, new int[] {0, 1, 258, 65536 + 7});

    BufferedImage png = ImageIO.read(new ByteArrayInputStream(bitmap.toPng()));

    assertThat(png.getColorModel().hasAlpha()).isTrue();
    assertThat(rgba(png, 0, 0)).containsExactly(0, 0, 0, 255);
    assertThat(rgba(png, 1, 0)).containsExactly(1, 0, 0, 255);
    assertThat(rgba(png, 0, 1)).containsExactly(2, 1, 0, 255);
    assertThat(rgba(png, 1, 1)).containsExactly(7, 0, 1, 255);
  }

  @Test
  void decodesAnRgbaPngIgnoringAlphaLikeTheSdk() {
    BufferedImage image = new BufferedImage(3, 1, BufferedImage.TYPE_4BYTE_ABGR);
    image.getRaster().setPixel(0, 0, new int[] {5, 0, 0, 255});
    image.getRaster().setPixel(1, 0, new int[] {0, 2, 0, 255});
    image.getRaster().setPixel(2, 0, new int[] {1, 1, 1, 17});

    SegmentationBitmap bitmap = SegmentationBitmap.fromPng(PngImages.toBytes(image));

    assertThat(bitmap.ids()).containsExactly(5, 512, 1 + 256 + 65536);
    assertThat(bitmap.width()).isEqualTo(3);
    assertThat(bitmap.height()).isEqualTo(1);
  }

  @Test
  void roundTripsEveryIdUpTo24Bits() {
    int[] ids = {0, 1, 2, 255, 256, 65535, 65536, SegmentationBitmap.MAX_ID, 42, 1000, 77, 3};
    SegmentationBitmap bitmap = SegmentationBitmap.of(4, 3, ids);

    SegmentationBitmap decoded = SegmentationBitmap.fromPng(bitmap.toPng());

    assertThat(decoded).isEqualTo(bitmap);
    assertThat(decoded.ids()).containsExactly(ids);
    assertThat(decoded.id(3, 1)).isEqualTo(SegmentationBitmap.MAX_ID);
    assertThat(decoded.distinctIds()).hasSize(11);
  }

  @Test
  void refusesIdsAPngCannotHoldAndMismatchedSizes() {
    assertThatThrownBy(() -> SegmentationBitmap.of(1, 1, new int[] {SegmentationBitmap.MAX_ID + 1}))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("outside 0..16777215");
    assertThatThrownBy(() -> SegmentationBitmap.of(2, 2, new int[3]))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("needs 4 ids");
    assertThatThrownBy(() -> SegmentationBitmap.fromPng(new byte[] {1, 2, 3}))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void semanticBitmapMapsInstancesToCategoriesPlusTheIncrement() {
    SegmentationBitmap instances = SegmentationBitmap.of(2, 2, new int[] {0, 1, 2, 9});

    SegmentationBitmap semantic = instances.toSemantic(Map.of(1, 4, 2, 7), 0);
    SegmentationBitmap incremented = instances.toSemantic(Map.of(1, 4, 2, 7), 1);

    // Instance 9 has no annotation: 0, as the SDK's lookup table gives for unlisted ids.
    assertThat(semantic.ids()).containsExactly(0, 4, 7, 0);
    assertThat(incremented.ids()).containsExactly(0, 5, 8, 0);
  }

  private static int[] rgba(BufferedImage image, int x, int y) {
    return image.getRaster().getPixel(x, y, new int[4]);
  }
}
