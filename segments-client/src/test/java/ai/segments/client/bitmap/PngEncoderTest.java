package ai.segments.client.bitmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Our PNG encoder: valid PNGs of exactly the image's pixels, the same bytes every time. */
class PngEncoderTest {

  private static final int[] TYPES = {
    BufferedImage.TYPE_BYTE_GRAY,
    BufferedImage.TYPE_USHORT_GRAY,
    BufferedImage.TYPE_3BYTE_BGR,
    BufferedImage.TYPE_4BYTE_ABGR
  };
  private static final int[][] SIZES = {{1, 1}, {1, 9}, {9, 1}, {13, 7}, {17, 3}, {64, 40}};

  @ParameterizedTest
  @EnumSource(PngFilter.class)
  void everyTypeAndSizeDecodesToTheSamePixelsWithValidChunks(PngFilter filter) throws IOException {
    Random random = new Random(filter.ordinal());
    for (int level : new int[] {0, 1, 6, 9}) {
      PngEncoder encoder = PngEncoder.of(level, filter);
      for (int type : TYPES) {
        for (int[] size : SIZES) {
          BufferedImage image = image(type, size[0], size[1], random);
          byte[] png = encode(encoder, image);

          assertChunksValid(png);
          assertSamePixels(ImageIO.read(new ByteArrayInputStream(png)), image);
        }
      }
    }
  }

  @Test
  void keepsTheExtremesOfEverySample() throws IOException {
    for (int type : TYPES) {
      BufferedImage image = new BufferedImage(3, 2, type);
      WritableRaster raster = image.getRaster();
      int max = (type == BufferedImage.TYPE_USHORT_GRAY) ? 0xFFFF : 0xFF;
      for (int band = 0; band < raster.getNumBands(); band++) {
        raster.setSample(0, 0, band, max);
        raster.setSample(2, 1, band, max);
        raster.setSample(1, 1, band, max - 1);
      }

      BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(PngImages.toBytes(image)));

      assertSamePixels(decoded, image);
      assertThat(decoded.getRaster().getSample(0, 0, 0)).isEqualTo(max);
    }
  }

  @Test
  void writesTheImageTypesAsImageIoDoes() throws IOException {
    for (int type : TYPES) {
      BufferedImage image = image(type, 5, 4, new Random(type));
      BufferedImage ours = ImageIO.read(new ByteArrayInputStream(PngImages.toBytes(image)));
      ByteArrayOutputStream imageIo = new ByteArrayOutputStream();
      ImageIO.write(image, "png", imageIo);
      BufferedImage theirs = ImageIO.read(new ByteArrayInputStream(imageIo.toByteArray()));

      assertThat(ours.getType()).as("type %d", type).isEqualTo(theirs.getType());
      assertThat(ours.getColorModel().getPixelSize())
          .isEqualTo(theirs.getColorModel().getPixelSize());
      assertSamePixels(ours, theirs);
    }
  }

  @Test
  void readsSubimagesThroughTheirOffsets() throws IOException {
    for (int type : TYPES) {
      BufferedImage whole = image(type, 20, 10, new Random(3));
      BufferedImage part = whole.getSubimage(3, 2, 11, 5);

      assertThat(PngEncoder.supports(part)).isTrue();
      assertSamePixels(ImageIO.read(new ByteArrayInputStream(PngImages.toBytes(part))), part);
    }
  }

  @Test
  void leavesOtherTypesToImageIo() throws IOException {
    BufferedImage rgb = image(BufferedImage.TYPE_INT_RGB, 4, 3, new Random(1));

    assertThat(PngEncoder.supports(rgb)).isFalse();
    assertSamePixels(ImageIO.read(new ByteArrayInputStream(PngImages.toBytes(rgb))), rgb);
    assertThatThrownBy(() -> PngEncoder.DEFAULT.write(rgb, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PngEncoder.of(10, PngFilter.UP))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSamePixelsAlwaysGiveTheSameBytes() {
    BufferedImage image = image(BufferedImage.TYPE_USHORT_GRAY, 200, 150, new Random(7));
    BufferedImage other = image(BufferedImage.TYPE_4BYTE_ABGR, 300, 100, new Random(8));
    byte[] first = PngImages.toBytes(image);

    PngImages.toBytes(other); // another image in between
    byte[] again = PngImages.toBytes(image);
    byte[] copy = PngImages.toBytes(deepCopy(image));

    assertThat(again).isEqualTo(first);
    assertThat(copy).isEqualTo(first);
  }

  @Test
  void encodesAndDecodesFromSeveralThreadsAsFromOne() throws Exception {
    List<BufferedImage> images = new ArrayList<>();
    List<SegmentationBitmap> bitmaps = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      images.add(image(TYPES[i % TYPES.length], 40 + i * 7, 30 + i, new Random(i)));
      bitmaps.add(rectangles(60 + i, 40 + i, new Random(100 + i)));
    }
    List<byte[]> expected = new ArrayList<>();
    List<byte[]> expectedBitmaps = new ArrayList<>();
    for (int i = 0; i < images.size(); i++) {
      expected.add(PngImages.toBytes(images.get(i)));
      expectedBitmaps.add(bitmaps.get(i).toPng());
    }

    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int t = 0; t < 6; t++) {
        int shift = t;
        runs.add(
            pool.submit(
                () -> {
                  for (int round = 0; round < 4; round++) {
                    for (int k = 0; k < images.size(); k++) {
                      int i = (k + shift * 5) % images.size();
                      assertThat(PngImages.toBytes(images.get(i))).isEqualTo(expected.get(i));
                      byte[] png = bitmaps.get(i).toPng();
                      assertThat(png).isEqualTo(expectedBitmaps.get(i));
                      assertThat(SegmentationBitmap.fromPng(png)).isEqualTo(bitmaps.get(i));
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> run : runs) {
        run.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** An image of random regions and random noise, so that every filter has work to do. */
  static BufferedImage image(int type, int width, int height, Random random) {
    BufferedImage image = new BufferedImage(width, height, type);
    WritableRaster raster = image.getRaster();
    int max = (type == BufferedImage.TYPE_USHORT_GRAY) ? 0x10000 : 0x100;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        for (int band = 0; band < raster.getNumBands(); band++) {
          int value = (x < width / 2) ? (x / 3 + band * 40 + y / 2) % max : random.nextInt(max);
          raster.setSample(x, y, band, value);
        }
      }
    }
    return image;
  }

  static SegmentationBitmap rectangles(int width, int height, Random random) {
    int[] ids = new int[width * height];
    for (int r = 1; r <= 10; r++) {
      int x0 = random.nextInt(width);
      int y0 = random.nextInt(height);
      int id = random.nextInt(SegmentationBitmap.MAX_ID) + 1;
      for (int y = y0; y < Math.min(height, y0 + 15); y++) {
        for (int x = x0; x < Math.min(width, x0 + 20); x++) {
          ids[y * width + x] = id;
        }
      }
    }
    return SegmentationBitmap.of(width, height, ids);
  }

  private static byte[] encode(PngEncoder encoder, BufferedImage image) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    encoder.write(image, out);
    return out.toByteArray();
  }

  private static BufferedImage deepCopy(BufferedImage image) {
    BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), image.getType());
    copy.setData(image.getRaster());
    return copy;
  }

  static void assertSamePixels(BufferedImage actual, BufferedImage expected) {
    assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
    assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
    Raster a = actual.getRaster();
    Raster e = expected.getRaster();
    assertThat(a.getNumBands()).isEqualTo(e.getNumBands());
    int w = expected.getWidth();
    int h = expected.getHeight();
    assertThat(a.getPixels(a.getMinX(), a.getMinY(), w, h, (int[]) null))
        .isEqualTo(e.getPixels(e.getMinX(), e.getMinY(), w, h, (int[]) null));
  }

  /** Every chunk's CRC is right; IHDR first, IDATs, IEND last and empty. */
  static void assertChunksValid(byte[] png) {
    ByteBuffer buffer = ByteBuffer.wrap(png);
    byte[] signature = new byte[8];
    buffer.get(signature);
    assertThat(signature).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n');
    List<String> types = new ArrayList<>();
    while (buffer.hasRemaining()) {
      int length = buffer.getInt();
      byte[] typeAndData = new byte[4 + length];
      buffer.get(typeAndData);
      CRC32 crc = new CRC32();
      crc.update(typeAndData);
      String type = new String(typeAndData, 0, 4, StandardCharsets.US_ASCII);
      assertThat(buffer.getInt()).as("CRC of %s", type).isEqualTo((int) crc.getValue());
      types.add(type);
    }
    assertThat(types.get(0)).isEqualTo("IHDR");
    assertThat(types.get(types.size() - 1)).isEqualTo("IEND");
    assertThat(types.subList(1, types.size() - 1)).isNotEmpty().containsOnly("IDAT");
  }
}
