package ai.segments.client.bitmap;

import ai.segments.client.model.SegmentationAnnotation;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The category of each instance of a segmentation label ({@code annotations[].id → category_id}),
 * the mapping {@link SegmentationBitmap#toSemantic} applies.
 */
public final class InstanceCategories {

  private InstanceCategories() {}

  /**
   * The mapping of typed annotations.
   *
   * @param annotations the label's annotations
   * @return instance id → category id, in annotation order
   */
  public static Map<Integer, Integer> of(List<SegmentationAnnotation> annotations) {
    Map<Integer, Integer> categories = new LinkedHashMap<>();
    annotations.forEach(a -> categories.put(a.id(), a.categoryId()));
    return Collections.unmodifiableMap(categories);
  }

  /**
   * The mapping of annotations as JSON (e.g. {@code ReleaseSample.labelAttributesJson()
   * .path("annotations")}).
   *
   * @param annotations a JSON array of objects with {@code id} and {@code category_id}
   * @return instance id → category id, in annotation order
   */
  public static Map<Integer, Integer> of(JsonNode annotations) {
    Map<Integer, Integer> categories = new LinkedHashMap<>();
    annotations.forEach(a -> categories.put(a.path("id").asInt(), a.path("category_id").asInt()));
    return Collections.unmodifiableMap(categories);
  }
}
