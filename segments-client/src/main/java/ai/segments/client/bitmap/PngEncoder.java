package ai.segments.client.bitmap;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A small PNG encoder for the images the client writes: 8- and 16-bit gray ({@code TYPE_BYTE_GRAY},
 * {@code TYPE_USHORT_GRAY}), 8-bit RGB ({@code TYPE_3BYTE_BGR}) and 8-bit RGBA ({@code
 * TYPE_4BYTE_ABGR}). It writes the signature, {@code IHDR}, {@code IDAT} chunks of at most 64 KiB
 * and {@code IEND}, nothing else (no color space, gamma or time chunk), compressing the filtered
 * rows with {@link Deflater} at a fixed level: the same pixels always give the same bytes.
 *
 * <p>An encoder is immutable and safe for concurrent use. Each image gets its own {@link Deflater},
 * ended when the image is written: creating one costs about 20 µs, as much as resetting a reused
 * one and nothing against the milliseconds of an image, so no deflater is kept per thread (and no
 * thread-local outlives an application in a container). Within an image, the row buffers are reused
 * from row to row.
 */
public final class PngEncoder {

  /**
   * The encoder {@link PngImages} uses: deflate level 4, filter {@link PngFilter#UP}, chosen by
   * measurement (the benchmark module's {@code png} mode).
   */
  public static final PngEncoder DEFAULT = new PngEncoder(4, PngFilter.UP);

  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final int CHUNK = 1 << 16;
  private static final int GRAY = 0;
  private static final int RGB = 2;
  private static final int RGBA = 6;

  private final int level;
  private final PngFilter filter;

  private PngEncoder(int level, PngFilter filter) {
    this.level = level;
    this.filter = filter;
  }

  /**
   * An encoder with a deflate level and a row filter.
   *
   * @param level the {@link Deflater} level, 0 (stored) to 9 (smallest)
   * @param filter the row filter
   * @return the encoder
   * @throws IllegalArgumentException if the level is outside 0..9 or the filter is null
   */
  public static PngEncoder of(int level, PngFilter filter) {
    if (level < 0 || level > 9 || filter == null) {
      throw new IllegalArgumentException("deflate level 0..9 and a filter needed");
    }
    return new PngEncoder(level, filter);
  }

  /**
   * Whether this encoder writes an image: one of the four types it knows, with its pixels in one
   * interleaved bank (as {@code new BufferedImage(w, h, type)} creates them).
   *
   * @param image the image
   * @return whether {@link #write(BufferedImage, OutputStream)} accepts it
   */
  public static boolean supports(BufferedImage image) {
    return format(image).isPresent();
  }

  /**
   * Writes an image as PNG.
   *
   * @param image an image this encoder {@linkplain #supports supports}
   * @param out the stream (not closed)
   * @throws IllegalArgumentException if the image is not supported
   * @throws UncheckedIOException if writing fails
   */
  public void write(BufferedImage image, OutputStream out) {
    ImageRows rows =
        format(image)
            .orElseThrow(
                () -> new IllegalArgumentException("unsupported image type " + image.getType()));
    write(rows.header(), rows, out);
  }

  private static Optional<ImageRows> format(BufferedImage image) {
    int colorType =
        switch (image.getType()) {
          case BufferedImage.TYPE_BYTE_GRAY, BufferedImage.TYPE_USHORT_GRAY -> GRAY;
          case BufferedImage.TYPE_3BYTE_BGR -> RGB;
          case BufferedImage.TYPE_4BYTE_ABGR -> RGBA;
          default -> -1;
        };
    if (colorType < 0) {
      return Optional.empty();
    }
    int bitDepth = (image.getType() == BufferedImage.TYPE_USHORT_GRAY) ? 16 : 8;
    Header header = new Header(image.getWidth(), image.getHeight(), bitDepth, colorType);
    return InterleavedPixels.of(image.getRaster())
        .filter(pixels -> pixels.bandOffsets().length == header.channels())
        .map(pixels -> new ImageRows(header, pixels));
  }

  /**
   * Writes a PNG whose rows a source fills.
   *
   * @param header the image's size and format
   * @param rows fills each row's unfiltered bytes
   * @param out the stream (not closed)
   */
  void write(Header header, RowSource rows, OutputStream out) {
    Deflater deflater = new Deflater(this.level);
    try {
      out.write(SIGNATURE);
      writeChunk(out, "IHDR", header.ihdr(), header.ihdr().length);
      new IdatWriter(out, deflater, new byte[CHUNK]).write(header, rows, this.filter);
      writeChunk(out, "IEND", new byte[0], 0);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    } finally {
      deflater.end();
    }
  }

  static void writeChunk(OutputStream out, String type, byte[] data, int length)
      throws IOException {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data, 0, length);
    out.write(int32(length));
    out.write(name);
    out.write(data, 0, length);
    out.write(int32((int) crc.getValue()));
  }

  private static byte[] int32(int value) {
    return new byte[] {
      (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value
    };
  }

  /** Fills the unfiltered bytes of one row (big-endian samples, pixels interleaved). */
  @FunctionalInterface
  interface RowSource {
    /**
     * Fills a row.
     *
     * @param y the row, from 0
     * @param row {@link Header#rowBytes()} bytes to fill
     */
    void fill(int y, byte[] row);
  }

  /**
   * The {@code IHDR} facts of an image.
   *
   * @param width the width
   * @param height the height
   * @param bitDepth 8 or 16
   * @param colorType 0 (gray), 2 (RGB) or 6 (RGBA)
   */
  record Header(int width, int height, int bitDepth, int colorType) {

    /** The 8-bit RGBA header of a label bitmap. */
    static Header rgba(int width, int height) {
      return new Header(width, height, 8, RGBA);
    }

    int channels() {
      return switch (this.colorType) {
        case GRAY -> 1;
        case RGB -> 3;
        default -> 4;
      };
    }

    int bytesPerPixel() {
      return channels() * this.bitDepth / 8;
    }

    int rowBytes() {
      return Math.multiplyExact(this.width, bytesPerPixel());
    }

    byte[] ihdr() {
      byte[] ihdr = new byte[13];
      System.arraycopy(int32(this.width), 0, ihdr, 0, 4);
      System.arraycopy(int32(this.height), 0, ihdr, 4, 4);
      ihdr[8] = (byte) this.bitDepth;
      ihdr[9] = (byte) this.colorType;
      return ihdr;
    }
  }

  /** The rows of an image with interleaved samples. */
  private record ImageRows(Header header, InterleavedPixels pixels) implements RowSource {
    @Override
    public void fill(int y, byte[] row) {
      int bands = this.header.channels();
      int[] offsets = this.pixels.bandOffsets();
      int stride = this.pixels.pixelStride();
      int start = this.pixels.index(0, y, 0) - offsets[0];
      byte[] bytes = this.pixels.bytes();
      if (bytes != null) {
        int i = 0;
        for (int x = 0, p = start; x < this.header.width(); x++, p += stride) {
          for (int b = 0; b < bands; b++) {
            row[i++] = bytes[p + offsets[b]];
          }
        }
      } else {
        short[] shorts = this.pixels.shorts();
        int i = 0;
        for (int x = 0, p = start; x < this.header.width(); x++, p += stride) {
          for (int b = 0; b < bands; b++) {
            short sample = shorts[p + offsets[b]];
            row[i++] = (byte) (sample >>> 8);
            row[i++] = (byte) sample;
          }
        }
      }
    }
  }
}
