package ai.segments.client.bitmap;

/**
 * The PNG row filters (PNG specification, section 9) that {@link PngEncoder} applies before
 * compressing a row, and {@link #ADAPTIVE}, which picks one per row.
 */
public enum PngFilter {
  /** Every byte as is (filter type 0). */
  NONE,
  /** Each byte minus the byte one pixel to its left (filter type 1). */
  SUB,
  /** Each byte minus the byte above it (filter type 2). */
  UP,
  /** Each byte minus the mean of its left and upper neighbours (filter type 3). */
  AVERAGE,
  /** Each byte minus the Paeth predictor of its left, upper and upper-left neighbours (type 4). */
  PAETH,
  /**
   * Per row, the filter among the five above whose bytes, read as signed, have the smallest sum of
   * absolute values (the heuristic the PNG specification suggests, as libpng uses it).
   */
  ADAPTIVE;

  private static final PngFilter[] TYPES = {NONE, SUB, UP, AVERAGE, PAETH};

  /**
   * Filters one row into {@code out}: the filter type byte, then the filtered bytes.
   *
   * @param row the row's bytes
   * @param prior the previous row's bytes (all zero for the first row)
   * @param bytesPerPixel the bytes of one pixel (at least 1)
   * @param out {@code row.length + 1} bytes, written
   * @param candidates for {@link #ADAPTIVE}: scratch space of 5 × {@code (row.length + 1)} bytes;
   *     unused otherwise
   */
  void apply(byte[] row, byte[] prior, int bytesPerPixel, byte[] out, byte[] candidates) {
    if (this != ADAPTIVE) {
      filter(ordinal(), row, prior, bytesPerPixel, out, 0);
      return;
    }
    int length = row.length + 1;
    int best = 0;
    long bestSum = Long.MAX_VALUE;
    for (int type = 0; type < TYPES.length; type++) {
      filter(type, row, prior, bytesPerPixel, candidates, type * length);
      long sum = 0;
      for (int i = type * length + 1; i < (type + 1) * length; i++) {
        sum += Math.abs(candidates[i]);
      }
      if (sum < bestSum) {
        bestSum = sum;
        best = type;
      }
    }
    System.arraycopy(candidates, best * length, out, 0, length);
  }

  private static void filter(int type, byte[] row, byte[] prior, int bpp, byte[] out, int offset) {
    out[offset] = (byte) type;
    int n = row.length;
    int o = offset + 1;
    switch (type) {
      case 0 -> System.arraycopy(row, 0, out, o, n);
      case 1 -> {
        System.arraycopy(row, 0, out, o, Math.min(bpp, n));
        for (int i = bpp; i < n; i++) {
          out[o + i] = (byte) (row[i] - row[i - bpp]);
        }
      }
      case 2 -> {
        for (int i = 0; i < n; i++) {
          out[o + i] = (byte) (row[i] - prior[i]);
        }
      }
      case 3 -> {
        for (int i = 0; i < n; i++) {
          int left = (i >= bpp) ? row[i - bpp] & 0xFF : 0;
          out[o + i] = (byte) (row[i] - ((left + (prior[i] & 0xFF)) >>> 1));
        }
      }
      default -> {
        for (int i = 0; i < n; i++) {
          int left = (i >= bpp) ? row[i - bpp] & 0xFF : 0;
          int upperLeft = (i >= bpp) ? prior[i - bpp] & 0xFF : 0;
          out[o + i] = (byte) (row[i] - paeth(left, prior[i] & 0xFF, upperLeft));
        }
      }
    }
  }

  private static int paeth(int left, int up, int upperLeft) {
    int estimate = left + up - upperLeft;
    int toLeft = Math.abs(estimate - left);
    int toUp = Math.abs(estimate - up);
    int toUpperLeft = Math.abs(estimate - upperLeft);
    if (toLeft <= toUp && toLeft <= toUpperLeft) {
      return left;
    }
    return (toUp <= toUpperLeft) ? up : upperLeft;
  }
}
