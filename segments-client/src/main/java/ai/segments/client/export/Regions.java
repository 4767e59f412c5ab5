package ai.segments.client.export;

import ai.segments.client.bitmap.SegmentationBitmap;
import java.util.HashMap;
import java.util.Map;

/**
 * The bounding box and area of every id of a bitmap, as scikit-image's {@code regionprops} gives
 * them to the SDK: {@code bbox = (min_row, min_col, max_row + 1, max_col + 1)}, {@code area} the
 * pixel count.
 */
final class Regions {

  /** One region; {@code x1}, {@code y1} are exclusive. */
  record Region(int x0, int y0, int x1, int y1, int area) {

    /** The COCO box {@code [x0, y0, x1 - x0, y1 - y0]}. */
    int[] cocoBox() {
      return new int[] {this.x0, this.y0, this.x1 - this.x0, this.y1 - this.y0};
    }
  }

  private Regions() {}

  static Map<Integer, Region> of(SegmentationBitmap bitmap) {
    Map<Integer, int[]> bounds = new HashMap<>();
    for (int y = 0; y < bitmap.height(); y++) {
      for (int x = 0; x < bitmap.width(); x++) {
        int id = bitmap.id(x, y);
        if (id == 0) {
          continue;
        }
        int[] b =
            bounds.computeIfAbsent(
                id, key -> new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE, 0, 0, 0});
        b[0] = Math.min(b[0], x);
        b[1] = Math.min(b[1], y);
        b[2] = Math.max(b[2], x + 1);
        b[3] = Math.max(b[3], y + 1);
        b[4]++;
      }
    }
    Map<Integer, Region> regions = new HashMap<>();
    bounds.forEach((id, b) -> regions.put(id, new Region(b[0], b[1], b[2], b[3], b[4])));
    return regions;
  }
}
