package ai.segments.testfixtures;

import java.util.List;
import java.util.Map;

/** Label attributes of segmentation-bitmap samples, as the tests send them to the API. */
public final class SegmentationLabels {

  private SegmentationLabels() {}

  /**
   * A label whose bitmap is at a URL, with the given instances.
   *
   * @param bitmapUrl the URL of the label's instance bitmap
   * @param annotations the instances: {@code id} and {@code category_id} each
   * @return the label attributes
   */
  public static Map<String, Object> of(String bitmapUrl, List<Map<String, Object>> annotations) {
    return Map.of(
        "format_version",
        "0.1",
        "segmentation_bitmap",
        Map.of("url", bitmapUrl),
        "annotations",
        annotations);
  }

  /**
   * A label whose bitmap is at a URL, with instance 1 of category 1.
   *
   * @param bitmapUrl the URL of the label's instance bitmap
   * @return the label attributes
   */
  public static Map<String, Object> oneInstance(String bitmapUrl) {
    return of(bitmapUrl, List.of(Map.of("id", 1, "category_id", 1)));
  }
}
