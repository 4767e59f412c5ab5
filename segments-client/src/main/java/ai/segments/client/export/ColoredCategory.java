package ai.segments.client.export;

import ai.segments.client.model.SegmentsDatasetCategory;
import java.util.ArrayList;
import java.util.List;

/**
 * A category as the SDK's panoptic and image exports rebuild it: its RGB color (the first three
 * values of its color, or {@code get_color(index)} without one) and {@code isthing} ({@code
 * has_instances} as 0/1, 0 when absent).
 *
 * @param id the category id
 * @param name the name
 * @param color the RGB color
 * @param isThing whether it is a thing ({@code isthing} 1)
 */
record ColoredCategory(int id, String name, int[] color, boolean isThing) {

  static List<ColoredCategory> of(List<SegmentsDatasetCategory> categories) {
    List<ColoredCategory> colored = new ArrayList<>();
    for (int i = 0; i < categories.size(); i++) {
      SegmentsDatasetCategory category = categories.get(i);
      List<Integer> color = category.color();
      int[] rgb =
          (color != null && !color.isEmpty())
              ? new int[] {color.get(0), color.get(1), color.get(2)}
              : Colors.colorOf(i).clone();
      colored.add(
          new ColoredCategory(
              category.id(), category.name(), rgb, Boolean.TRUE.equals(category.hasInstances())));
    }
    return colored;
  }
}
