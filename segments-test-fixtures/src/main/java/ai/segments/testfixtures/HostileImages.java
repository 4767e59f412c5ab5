package ai.segments.testfixtures;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Images built to hurt whoever decodes them, written chunk by chunk without ever allocating the
 * image: decompression bombs (small PNGs declaring huge sizes), huge files whose header alone is
 * meant to be read, and JPEGs with hand-made (and malformed) EXIF data.
 */
public final class HostileImages {

  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
  private static final int RGBA_BYTES = 4;
  private static final int CHUNK_BUFFER = 64 * 1024;
  private static final int REPEATED_BLOCK = 1 << 20;

  private HostileImages() {}

  /**
   * A decompression bomb: a valid 8-bit RGBA PNG whose pixels are all 0 (instance id 0), compressed
   * about 1:1000 (a 12000x12000 image is about half a megabyte). Built in milliseconds: all-zero
   * input compresses to the same deflate blocks again and again, so one block is compressed and
   * repeated.
   *
   * @param width the width
   * @param height the height
   * @return the PNG bytes
   */
  public static byte[] zeroPng(int width, int height) {
    long raw = (long) height * (1 + (long) width * RGBA_BYTES);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      png.write(SIGNATURE);
      writeChunk(png, "IHDR", header(width, height));
      writeChunk(png, "IDAT", zlibOfZeros(raw));
      writeChunk(png, "IEND", new byte[0]);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return png.toByteArray();
  }

  /** A zlib stream of {@code length} zero bytes. */
  private static byte[] zlibOfZeros(long length) {
    ByteArrayOutputStream zlib = new ByteArrayOutputStream();
    zlib.write(0x78);
    zlib.write(0xDA);
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    try {
      byte[] block = new byte[REPEATED_BLOCK];
      long blocks = length / REPEATED_BLOCK;
      if (blocks > 0) {
        zlib.writeBytes(deflate(deflater, block, REPEATED_BLOCK, Deflater.SYNC_FLUSH));
      }
      if (blocks > 1) {
        // Byte-aligned after a sync flush and referring only to zeros: the same bytes each time.
        byte[] repeated = deflate(deflater, block, REPEATED_BLOCK, Deflater.SYNC_FLUSH);
        for (long i = 1; i < blocks; i++) {
          zlib.writeBytes(repeated);
        }
      }
      deflater.setInput(block, 0, (int) (length % REPEATED_BLOCK));
      deflater.finish();
      zlib.writeBytes(drain(deflater, Deflater.NO_FLUSH));
    } finally {
      deflater.end();
    }
    // Adler-32 of zeros: a stays 1, b grows by 1 a byte.
    long adler = ((length % 65521) << 16) | 1;
    zlib.write((int) (adler >>> 24) & 0xFF);
    zlib.write((int) (adler >>> 16) & 0xFF);
    zlib.write((int) (adler >>> 8) & 0xFF);
    zlib.write((int) adler & 0xFF);
    return zlib.toByteArray();
  }

  /** Compresses {@code length} bytes of {@code input} and flushes them. */
  private static byte[] deflate(Deflater deflater, byte[] input, int length, int flush) {
    deflater.setInput(input, 0, length);
    return drain(deflater, flush);
  }

  /** The deflater's output until it is finished, or flushed with {@code flush}. */
  private static byte[] drain(Deflater deflater, int flush) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[CHUNK_BUFFER];
    while (!deflater.finished()) {
      int written = deflater.deflate(buffer, 0, buffer.length, flush);
      out.write(buffer, 0, written);
      if (flush != Deflater.NO_FLUSH && written < buffer.length) {
        break;
      }
    }
    return out.toByteArray();
  }

  /**
   * The length of {@link #writeHugePng}'s output.
   *
   * @param dataBytes the size of its image data chunk
   * @return the file size in bytes
   */
  public static long hugePngLength(long dataBytes) {
    return SIGNATURE.length + (12L + 13) + (12L + dataBytes) + 12L;
  }

  /**
   * Writes a huge PNG: a valid header declaring an 8-bit RGBA image of the given size, then one
   * image data chunk of {@code dataBytes} zero bytes (not a valid zlib stream: only the header is
   * meant to be read), then the end chunk; streamed with a small buffer.
   *
   * @param width the declared width
   * @param height the declared height
   * @param dataBytes the size of the image data chunk, at most {@link Integer#MAX_VALUE}
   * @param out where the file goes (not closed)
   * @throws IOException if writing fails
   */
  public static void writeHugePng(int width, int height, long dataBytes, OutputStream out)
      throws IOException {
    if (dataBytes < 0 || dataBytes > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("a PNG chunk holds at most 2 GB, not " + dataBytes);
    }
    out.write(SIGNATURE);
    writeChunk(out, "IHDR", header(width, height));
    DataOutputStream data = new DataOutputStream(out);
    data.writeInt((int) dataBytes);
    byte[] type = "IDAT".getBytes(StandardCharsets.US_ASCII);
    data.write(type);
    CRC32 crc = new CRC32();
    crc.update(type);
    byte[] zeros = new byte[CHUNK_BUFFER];
    for (long left = dataBytes; left > 0; left -= zeros.length) {
      int length = (int) Math.min(left, zeros.length);
      data.write(zeros, 0, length);
      crc.update(zeros, 0, length);
    }
    data.writeInt((int) crc.getValue());
    data.flush();
    writeChunk(out, "IEND", new byte[0]);
  }

  /**
   * A JPEG with an APP1 EXIF segment holding {@code tiff} inserted after its start marker.
   *
   * @param jpeg a JPEG file
   * @param tiff the TIFF structure of the EXIF data (byte order, 42, IFD0 offset, IFDs)
   * @return the new JPEG file
   */
  public static byte[] withExif(byte[] jpeg, byte[] tiff) {
    byte[] header = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
    int segmentLength = 2 + header.length + tiff.length;
    return ByteBuffer.allocate(jpeg.length + 2 + segmentLength)
        .put(jpeg, 0, 2)
        .put((byte) 0xFF)
        .put((byte) 0xE1)
        .putShort((short) segmentLength)
        .put(header)
        .put(tiff)
        .put(jpeg, 2, jpeg.length - 2)
        .array();
  }

  /**
   * EXIF data (a TIFF structure) whose IFD0 holds one entry: the orientation.
   *
   * @param orientation the orientation value (valid ones are 1 to 8)
   * @param littleEndian {@code II} byte order rather than {@code MM}
   * @return the TIFF bytes
   */
  public static byte[] orientationTiff(int orientation, boolean littleEndian) {
    ByteBuffer tiff = tiffHeader(8, littleEndian, 26);
    tiff.putShort((short) 1);
    tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation);
    tiff.putShort((short) 0).putInt(0);
    return tiff.array();
  }

  /**
   * EXIF data (a TIFF structure) of 26 bytes whose IFD0 offset is {@code ifdOffset}, e.g. near
   * {@link Integer#MAX_VALUE}.
   *
   * @param ifdOffset the offset, read as unsigned
   * @return the TIFF bytes
   */
  public static byte[] tiffWithIfdOffset(int ifdOffset) {
    return tiffHeader(ifdOffset, true, 26).array();
  }

  private static ByteBuffer tiffHeader(int ifdOffset, boolean littleEndian, int length) {
    ByteBuffer tiff =
        ByteBuffer.allocate(length)
            .order(littleEndian ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
    byte order = (byte) (littleEndian ? 'I' : 'M');
    return tiff.put(order).put(order).putShort((short) 42).putInt(ifdOffset);
  }

  private static byte[] header(int width, int height) throws IOException {
    ByteArrayOutputStream header = new ByteArrayOutputStream(13);
    DataOutputStream fields = new DataOutputStream(header);
    fields.writeInt(width);
    fields.writeInt(height);
    fields.writeByte(8); // bit depth
    fields.writeByte(6); // colour type: RGBA
    fields.writeByte(0); // compression: deflate
    fields.writeByte(0); // filter method
    fields.writeByte(0); // no interlace
    return header.toByteArray();
  }

  private static void writeChunk(OutputStream out, String type, byte[] content) throws IOException {
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(content);
    DataOutputStream chunk = new DataOutputStream(out);
    chunk.writeInt(content.length);
    chunk.write(typeBytes);
    chunk.write(content);
    chunk.writeInt((int) crc.getValue());
    chunk.flush();
  }
}
