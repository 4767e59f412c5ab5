package ai.segments.client.export;

import ai.segments.client.bitmap.SegmentationBitmap;
import java.util.ArrayList;
import java.util.List;

/**
 * A binary mask as pycocotools' {@code mask.encode} writes it: run lengths in column-major order
 * starting with a run of zeros, compressed into pycocotools' ASCII string ({@code rleToString}).
 */
final class CocoRle {

  private CocoRle() {}

  /** The counts string of the mask {@code bitmap == id}. */
  static String counts(SegmentationBitmap bitmap, int id) {
    List<Long> runs = new ArrayList<>();
    boolean current = false;
    long run = 0;
    for (int x = 0; x < bitmap.width(); x++) {
      for (int y = 0; y < bitmap.height(); y++) {
        boolean inside = bitmap.id(x, y) == id;
        if (inside != current) {
          runs.add(run);
          run = 0;
          current = inside;
        }
        run++;
      }
    }
    runs.add(run);
    return compress(runs);
  }

  /** pycocotools' {@code rleToString}: deltas against the count two back, 5 bits per char. */
  static String compress(List<Long> counts) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < counts.size(); i++) {
      long x = counts.get(i);
      if (i > 2) {
        x -= counts.get(i - 2);
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
