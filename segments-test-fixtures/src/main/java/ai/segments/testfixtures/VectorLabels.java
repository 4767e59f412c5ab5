package ai.segments.testfixtures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Label attributes of image-vector samples, as the tests send them to the API. */
public final class VectorLabels {

  private VectorLabels() {}

  /**
   * A label with the given annotations.
   *
   * @param annotations the annotations, e.g. {@link #box}es
   * @return the label attributes
   */
  public static Map<String, Object> of(List<Map<String, Object>> annotations) {
    return Map.of("format_version", "0.1", "annotations", annotations);
  }

  /**
   * A bounding box annotation, keys in the API's order.
   *
   * @param id the instance id
   * @param category the category id
   * @param x0 the left
   * @param y0 the top
   * @param x1 the right
   * @param y1 the bottom
   * @return the annotation
   */
  public static Map<String, Object> box(
      int id, int category, Number x0, Number y0, Number x1, Number y1) {
    Map<String, Object> box = new LinkedHashMap<>();
    box.put("id", id);
    box.put("category_id", category);
    box.put("type", "bbox");
    box.put("points", List.of(List.of(x0, y0), List.of(x1, y1)));
    return box;
  }
}
