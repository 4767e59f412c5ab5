package ai.segments.client.export;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The SDK's {@code IdGenerator} for COCO panoptic: a stuff category ({@code isthing} 0) always gets
 * its own color; the first instance of a thing category gets the category color, later ones a free
 * color within ±30 per channel of it. The SDK draws those from an unseeded generator; this one uses
 * a fixed seed, so exports are reproducible.
 */
final class PanopticColors {

  private static final int MAX_DISTANCE = 30;

  private final Map<Integer, PanopticCategory> categories;
  private final Set<List<Integer>> taken = new HashSet<>();
  private final Random random = new Random(0);

  /** A category as the panoptic export sees it. */
  record PanopticCategory(int[] color, boolean isThing) {}

  PanopticColors(Map<Integer, PanopticCategory> categories) {
    this.categories = categories;
    this.taken.add(List.of(0, 0, 0));
    categories.values().stream()
        .filter(c -> !c.isThing())
        .forEach(c -> this.taken.add(key(c.color())));
  }

  /** The color of the next segment of a category, or {@code null} for an unknown category. */
  int[] next(int categoryId) {
    PanopticCategory category = this.categories.get(categoryId);
    if (category == null) {
      return null;
    }
    if (!category.isThing()) {
      return category.color();
    }
    int[] color = category.color();
    while (!this.taken.add(key(color))) {
      color = jitter(category.color());
    }
    return color;
  }

  private int[] jitter(int[] base) {
    int[] color = new int[3];
    for (int i = 0; i < 3; i++) {
      int offset = this.random.nextInt(2 * MAX_DISTANCE + 1) - MAX_DISTANCE;
      color[i] = Math.max(0, Math.min(255, base[i] + offset));
    }
    return color;
  }

  private static List<Integer> key(int[] color) {
    return List.of(color[0], color[1], color[2]);
  }
}
