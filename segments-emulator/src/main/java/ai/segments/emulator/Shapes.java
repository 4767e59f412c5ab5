package ai.segments.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Light structural checks of sample and label attributes per task type (§3.6): the top-level keys
 * each variant requires. Deeper validation is left to clients.
 */
final class Shapes {

  private Shapes() {}

  /** The top-level key sample attributes need for a task type, or null for any object. */
  static String sampleKey(String taskType) {
    if (taskType.isEmpty()) {
      return null;
    }
    if (taskType.equals("multisensor-sequence")) {
      return "sensors";
    }
    if (taskType.endsWith("-sequence")) {
      return "frames";
    }
    return taskType.startsWith("pointcloud") ? "pcd" : "image";
  }

  /** The top-level keys label attributes need for a task type. */
  static List<String> labelKeys(String taskType) {
    List<String> keys = new ArrayList<>();
    if (taskType.isEmpty()) {
      return keys;
    }
    if (taskType.equals("multisensor-sequence")) {
      keys.add("sensors");
    } else if (taskType.endsWith("-sequence")) {
      keys.add("frames");
    } else {
      keys.add("annotations");
      if (taskType.startsWith("segmentation-bitmap")) {
        keys.add("segmentation_bitmap");
      } else if (taskType.equals("pointcloud-segmentation")) {
        keys.add("point_annotations");
      }
    }
    return keys;
  }

  /** Checks sample attributes; 400 {@code {"attributes": [...]}} when they do not fit. */
  static JsonNode sampleAttributes(String taskType, JsonNode attributes) {
    String key = sampleKey(taskType);
    return check(attributes, key == null ? List.of() : List.of(key), taskType);
  }

  /** Checks label attributes; 400 {@code {"attributes": [...]}} when they do not fit. */
  static JsonNode labelAttributes(String taskType, JsonNode attributes) {
    return check(attributes, labelKeys(taskType), taskType);
  }

  private static JsonNode check(JsonNode attributes, List<String> keys, String taskType) {
    if (attributes == null || attributes.isNull()) {
      throw ApiException.required("attributes");
    }
    if (!attributes.isObject()) {
      throw ApiException.field("attributes", "Expected a dictionary of items.");
    }
    for (String key : keys) {
      if (!attributes.has(key)) {
        throw ApiException.field(
            "attributes", "Attributes of a " + taskType + " dataset need the key '" + key + "'.");
      }
    }
    return attributes.deepCopy();
  }
}
