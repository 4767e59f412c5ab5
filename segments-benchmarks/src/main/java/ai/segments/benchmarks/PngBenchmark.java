package ai.segments.benchmarks;

import ai.segments.client.bitmap.PngEncoder;
import ai.segments.client.bitmap.PngFilter;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * The {@code png} mode: PNG encoders compared on the images an export writes (640 × 480 label
 * images of 5–15 regions: 16-bit gray instance ids, 8-bit gray category ids, colored RGB, the RGBA
 * label bitmap) and on a noisy worst case. Every contender's file is decoded once and checked to
 * hold the image's pixels; times are medians of interleaved rounds, printed as ratios against
 * ImageIO's default writer measured in the same run.
 */
final class PngBenchmark {

  static final int WIDTH = 640;
  static final int HEIGHT = 480;

  private PngBenchmark() {}

  /**
   * One encoder under test.
   *
   * @param name its name in the table
   * @param encoder encodes an image as PNG bytes
   */
  record Contender(String name, Function<BufferedImage, byte[]> encoder) {

    byte[] encode(BufferedImage image) {
      return this.encoder.apply(image);
    }
  }

  /**
   * One measured contender on one image.
   *
   * @param image the image's name
   * @param contender the contender's name
   * @param millis median milliseconds per encoding
   * @param bytes the file's size
   * @param speedUp ImageIO's default time over this one
   * @param sizeRatio this size over ImageIO's default size
   */
  record Row(
      String image, String contender, double millis, int bytes, double speedUp, double sizeRatio) {}

  /**
   * The mode's settings.
   *
   * @param warmUps encodings of every image by every contender before measuring
   * @param rounds interleaved rounds per image
   * @param repeats encodings per contender and round
   */
  record Settings(int warmUps, int rounds, int repeats) {
    static Settings parse(String[] args) {
      return Arrays.asList(args).contains("--quick")
          ? new Settings(1, 3, 2)
          : new Settings(5, 7, 8);
    }
  }

  /** A named test image. */
  record TestImage(String name, BufferedImage image) {}

  static List<Contender> contenders() {
    List<Contender> contenders = new ArrayList<>();
    contenders.add(imageIo("ImageIO default (level 4, no filter)", -1));
    contenders.add(imageIo("ImageIO quality 0.75 (level 2)", 0.75f));
    contenders.add(imageIo("ImageIO quality 0 (level 9)", 0f));
    for (Object[] choice :
        new Object[][] {
          {1, PngFilter.NONE},
          {1, PngFilter.UP},
          {1, PngFilter.SUB},
          {2, PngFilter.UP},
          {4, PngFilter.UP},
          {4, PngFilter.ADAPTIVE},
          {6, PngFilter.UP},
          {9, PngFilter.UP}
        }) {
      int level = (Integer) choice[0];
      PngFilter filter = (PngFilter) choice[1];
      contenders.add(
          ours("ours, level " + level + ", " + filter.name().toLowerCase(), level, filter));
    }
    return contenders;
  }

  static List<TestImage> images() {
    Random random = new Random(23);
    int[] ids = regions(random);
    List<TestImage> images = new ArrayList<>();
    images.add(new TestImage("instance, 16-bit gray", gray(ids, BufferedImage.TYPE_USHORT_GRAY)));
    int[] categories = Arrays.stream(ids).map(id -> (id == 0) ? 0 : 1 + id % 4).toArray();
    images.add(
        new TestImage("semantic, 8-bit gray", gray(categories, BufferedImage.TYPE_BYTE_GRAY)));
    images.add(new TestImage("colored, 8-bit RGB", colored(ids)));
    images.add(new TestImage("label bitmap, 8-bit RGBA", labelBitmap(ids)));
    images.add(new TestImage("noise (worst case), 8-bit RGB", noise(random)));
    return images;
  }

  /**
   * Measures every contender on every image and prints a table per image and a summary.
   *
   * @param out where the tables go
   * @param settings rounds and repeats
   * @return the rows
   */
  static List<Row> run(PrintStream out, Settings settings) {
    return run(out, settings, images());
  }

  /** The same on chosen images. */
  static List<Row> run(PrintStream out, Settings settings, List<TestImage> images) {
    List<Contender> contenders = contenders();
    List<Row> rows = new ArrayList<>();
    out.printf(
        "PNG encoders, %d×%d images; after %d warm-up encodings, median of %d interleaved rounds"
            + " of %d encodings each; ratios against the first row, same run%n%n",
        WIDTH, HEIGHT, settings.warmUps(), settings.rounds(), settings.repeats());
    for (int w = 0; w < settings.warmUps(); w++) {
      images.forEach(image -> contenders.forEach(contender -> contender.encode(image.image())));
    }
    for (TestImage image : images) {
      double[][] millis = new double[contenders.size()][settings.rounds()];
      int[] sizes = new int[contenders.size()];
      for (int c = 0; c < contenders.size(); c++) {
        byte[] png = contenders.get(c).encode(image.image());
        requireSamePixels(png, image, contenders.get(c));
        sizes[c] = png.length;
      }
      for (int round = 0; round < settings.rounds(); round++) {
        for (int c = 0; c < contenders.size(); c++) {
          long start = System.nanoTime();
          for (int r = 0; r < settings.repeats(); r++) {
            contenders.get(c).encode(image.image());
          }
          millis[c][round] = (System.nanoTime() - start) / 1e6 / settings.repeats();
        }
      }
      Table table = new Table(image.name(), "ms", "× ImageIO speed", "bytes", "size / ImageIO");
      double baseline = Medians.of(millis[0]);
      for (int c = 0; c < contenders.size(); c++) {
        double median = Medians.of(millis[c]);
        Row row =
            new Row(
                image.name(),
                contenders.get(c).name(),
                median,
                sizes[c],
                baseline / median,
                (double) sizes[c] / sizes[0]);
        rows.add(row);
        table.row(row.contender(), row.millis(), row.speedUp(), row.bytes(), row.sizeRatio());
      }
      table.print(out);
      out.println();
    }
    return rows;
  }

  private static void requireSamePixels(byte[] png, TestImage image, Contender contender) {
    try {
      BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png));
      WritableRaster expected = image.image().getRaster();
      int[] want = expected.getPixels(0, 0, WIDTH, HEIGHT, (int[]) null);
      int[] got = decoded.getRaster().getPixels(0, 0, WIDTH, HEIGHT, (int[]) null);
      if (!Arrays.equals(want, got)) {
        throw new IllegalStateException(
            contender.name() + " changed the pixels of " + image.name());
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static Contender ours(String name, int level, PngFilter filter) {
    PngEncoder encoder = PngEncoder.of(level, filter);
    return new Contender(
        name,
        image -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          encoder.write(image, out);
          return out.toByteArray();
        });
  }

  /** ImageIO's PNG writer, by default or with an explicit compression quality. */
  private static Contender imageIo(String name, float quality) {
    return new Contender(name, image -> imageIoBytes(image, quality));
  }

  private static byte[] imageIoBytes(BufferedImage image, float quality) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      if (quality >= 0) {
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(quality);
      }
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }

  /** Instance ids of 5–15 overlapping rectangles and ellipses; later regions cover earlier ones. */
  private static int[] regions(Random random) {
    int[] ids = new int[WIDTH * HEIGHT];
    int count = 5 + random.nextInt(11);
    for (int id = 1; id <= count; id++) {
      int w = 30 + random.nextInt(220);
      int h = 30 + random.nextInt(160);
      int left = random.nextInt(WIDTH - w);
      int top = random.nextInt(HEIGHT - h);
      boolean ellipse = id % 2 == 0;
      for (int y = top; y < top + h; y++) {
        for (int x = left; x < left + w; x++) {
          double dx = (x - left - w / 2.0) / (w / 2.0);
          double dy = (y - top - h / 2.0) / (h / 2.0);
          if (!ellipse || dx * dx + dy * dy <= 1) {
            ids[y * WIDTH + x] = id;
          }
        }
      }
    }
    return ids;
  }

  private static BufferedImage gray(int[] values, int type) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, type);
    image.getRaster().setPixels(0, 0, WIDTH, HEIGHT, values);
    return image;
  }

  private static BufferedImage colored(int[] ids) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
    for (int i = 0; i < ids.length; i++) {
      int id = ids[i];
      image.setRGB(i % WIDTH, i / WIDTH, (id == 0) ? 0 : (id * 0x35A7C1) & 0xFFFFFF);
    }
    return image;
  }

  private static BufferedImage labelBitmap(int[] ids) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_4BYTE_ABGR);
    WritableRaster raster = image.getRaster();
    for (int i = 0; i < ids.length; i++) {
      raster.setPixel(i % WIDTH, i / WIDTH, new int[] {ids[i] & 0xFF, ids[i] >> 8, 0, 255});
    }
    return image;
  }

  private static BufferedImage noise(Random random) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
    for (int y = 0; y < HEIGHT; y++) {
      for (int x = 0; x < WIDTH; x++) {
        image.setRGB(x, y, random.nextInt(0x1000000));
      }
    }
    return image;
  }
}
