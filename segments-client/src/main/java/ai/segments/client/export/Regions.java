package ai.segments.client.export;

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

  /** The mask of {@link #of} that keeps the whole id. */
  static final int WHOLE_ID = -1;

  private Regions() {}

  /**
   * The region of every non-zero value of {@code id & mask} in row-major ids.
   *
   * @param ids the ids, row by row
   * @param width the row length
   * @param mask the bits of an id that count, e.g. {@code 0xFF} for ids modulo 256
   * @return the regions by masked id
   */
  static Map<Integer, Region> of(int[] ids, int width, int mask) {
    Map<Integer, int[]> bounds = new HashMap<>();
    int lastId = 0;
    int[] last = null;
    int height = (width == 0) ? 0 : ids.length / width;
    for (int y = 0; y < height; y++) {
      for (int x = 0, i = y * width; x < width; x++, i++) {
        int id = ids[i] & mask;
        if (id == 0) {
          continue;
        }
        if (id != lastId || last == null) {
          last =
              bounds.computeIfAbsent(
                  id, key -> new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE, 0, 0, 0});
          lastId = id;
        }
        last[0] = Math.min(last[0], x);
        last[1] = Math.min(last[1], y);
        last[2] = Math.max(last[2], x + 1);
        last[3] = Math.max(last[3], y + 1);
        last[4]++;
      }
    }
    Map<Integer, Region> regions = new HashMap<>();
    bounds.forEach((id, b) -> regions.put(id, new Region(b[0], b[1], b[2], b[3], b[4])));
    return regions;
  }
}
