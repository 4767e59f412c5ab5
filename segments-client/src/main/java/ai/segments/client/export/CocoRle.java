package ai.segments.client.export;

import ai.segments.client.bitmap.SegmentationBitmap;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Binary masks as pycocotools' {@code mask.encode} writes them: run lengths in column-major order
 * starting with a run of zeros, compressed into pycocotools' ASCII string ({@code rleToString}).
 */
final class CocoRle {

  private CocoRle() {}

  /**
   * The counts string of the mask {@code bitmap == id} of every non-zero id in a bitmap, from one
   * column-major scan of the bitmap.
   *
   * @param bitmap the bitmap
   * @return the counts string of each id present, by id
   */
  static Map<Integer, String> countsById(SegmentationBitmap bitmap) {
    return countsById(bitmap.ids(), bitmap.width(), bitmap.height());
  }

  /**
   * The counts string of the mask {@code ids == id} of every non-zero id, from one column-major
   * scan.
   *
   * @param ids the ids, row by row
   * @param width the row length
   * @param height the number of rows
   * @return the counts string of each id present, by id
   */
  static Map<Integer, String> countsById(int[] ids, int width, int height) {
    Map<Integer, Runs> runsById = new HashMap<>();
    int lastId = 0;
    Runs last = null;
    for (int x = 0; x < width; x++) {
      for (int y = 0, position = x * height; y < height; y++, position++) {
        int id = ids[y * width + x];
        if (id == 0) {
          continue;
        }
        if (id != lastId || last == null) {
          last = runsById.computeIfAbsent(id, key -> new Runs());
          lastId = id;
        }
        last.inside(position);
      }
    }
    long pixels = (long) width * height;
    Map<Integer, String> counts = new HashMap<>();
    runsById.forEach((id, runs) -> counts.put(id, runs.compressed(pixels)));
    return counts;
  }

  /** The runs of one id's mask, built as its pixels are met in column-major order. */
  private static final class Runs {

    private long[] counts = new long[8];
    private int size;
    private long start = -1;
    private long end;

    /** The pixel at a column-major position is in the mask; positions only grow. */
    void inside(long position) {
      if (this.start >= 0 && position == this.end) {
        this.end++;
        return;
      }
      if (this.start >= 0) {
        add(this.end - this.start);
      }
      add(position - ((this.start >= 0) ? this.end : 0));
      this.start = position;
      this.end = position + 1;
    }

    /** The compressed string, closing the last run and the zeros after it. */
    String compressed(long pixels) {
      add(this.end - this.start);
      if (pixels > this.end) {
        add(pixels - this.end);
      }
      return compress(this.counts, this.size);
    }

    private void add(long count) {
      if (this.size == this.counts.length) {
        this.counts = Arrays.copyOf(this.counts, this.size * 2);
      }
      this.counts[this.size++] = count;
    }
  }

  /**
   * pycocotools' {@code rleToString}: deltas against the count two back, 5 bits per char.
   *
   * @param counts the run lengths, zeros first
   * @param size how many of {@code counts} are used
   * @return the string
   */
  static String compress(long[] counts, int size) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < size; i++) {
      long x = counts[i];
      if (i > 2) {
        x -= counts[i - 2];
      }
      boolean more = true;
      while (more) {
        long c = x & 0x1f;
        x >>= 5;
        more = ((c & 0x10) != 0) ? x != -1 : x != 0;
        if (more) {
          c |= 0x20;
        }
        out.append((char) (c + 48));
      }
    }
    return out.toString();
  }
}
