package ai.segments.client.bitmap;

import java.awt.image.ComponentSampleModel;
import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferUShort;
import java.awt.image.Raster;
import java.util.Optional;

/**
 * Direct access to the samples of a raster whose pixels are stored interleaved in one bank of bytes
 * or unsigned shorts (every raster ImageIO's PNG reader produces for 8- and 16-bit gray, RGB and
 * RGBA images, and the ones {@code new BufferedImage(…)} creates for {@code TYPE_BYTE_GRAY}, {@code
 * TYPE_USHORT_GRAY}, {@code TYPE_3BYTE_BGR} and {@code TYPE_4BYTE_ABGR}), so that kernels read and
 * write the arrays instead of calling {@code getPixel} per pixel.
 *
 * @param bytes the byte bank, or {@code null} for a short bank
 * @param shorts the unsigned short bank, or {@code null} for a byte bank
 * @param origin the index of pixel (0, 0) before its band offsets
 * @param pixelStride the distance between two pixels of a row
 * @param scanlineStride the distance between two rows
 * @param bandOffsets the offset of each band within a pixel
 */
record InterleavedPixels(
    byte[] bytes,
    short[] shorts,
    int origin,
    int pixelStride,
    int scanlineStride,
    int[] bandOffsets) {

  /**
   * The direct layout of a raster, if it has one.
   *
   * @param raster the raster
   * @return its layout, or empty for packed, banked or other layouts
   */
  static Optional<InterleavedPixels> of(Raster raster) {
    if (!(raster.getSampleModel() instanceof ComponentSampleModel model)
        || raster.getDataBuffer().getNumBanks() != 1) {
      return Optional.empty();
    }
    for (int bank : model.getBankIndices()) {
      if (bank != 0) {
        return Optional.empty();
      }
    }
    DataBuffer buffer = raster.getDataBuffer();
    int[] bandOffsets = model.getBandOffsets();
    int stride = model.getPixelStride();
    int scanline = model.getScanlineStride();
    int origin =
        buffer.getOffset()
            + (raster.getMinY() - raster.getSampleModelTranslateY()) * scanline
            + (raster.getMinX() - raster.getSampleModelTranslateX()) * stride;
    if (buffer instanceof DataBufferByte bytes) {
      return Optional.of(
          new InterleavedPixels(bytes.getData(), null, origin, stride, scanline, bandOffsets));
    }
    if (buffer instanceof DataBufferUShort shorts) {
      return Optional.of(
          new InterleavedPixels(null, shorts.getData(), origin, stride, scanline, bandOffsets));
    }
    return Optional.empty();
  }

  /**
   * The index of a sample in the bank.
   *
   * @param x the column, from the raster's first
   * @param y the row, from the raster's first
   * @param band the band
   * @return the index in {@link #bytes()} or {@link #shorts()}
   */
  int index(int x, int y, int band) {
    return this.origin + y * this.scanlineStride + x * this.pixelStride + this.bandOffsets[band];
  }

  /**
   * A sample, unsigned.
   *
   * @param index its index ({@link #index})
   * @return its value
   */
  int sample(int index) {
    return (this.bytes != null) ? this.bytes[index] & 0xFF : this.shorts[index] & 0xFFFF;
  }
}
