package ai.segments.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The settable fields of a dataset with their defaults, and the validation of create and update
 * bodies (§2.2, §2.3). Unknown keys are ignored, as a DRF serializer does.
 */
final class DatasetSettings {

  private static final List<String> TEXT = List.of("description", "readme");
  private static final List<String> OBJECTS = List.of("task_attributes", "metadata");

  /** The boolean settings, in the order of the API's dataset shape. */
  private static final List<String> FLAGS =
      List.of(
          "enable_ratings",
          "enable_skip_labeling",
          "enable_skip_reviewing",
          "enable_save_button",
          "enable_label_status_verified",
          "enable_same_dimensions_track_constraint",
          "enable_3d_region_of_interest",
          "enable_3d_cuboid_rotation",
          "enable_confirm_on_submit",
          "enable_interpolation",
          "use_timestamps_for_interpolation",
          "enable_object_linking",
          "enable_object_link_category_restrictions",
          "enable_extrapolation");

  private static final List<String> ENABLED_BY_DEFAULT =
      List.of("enable_skip_labeling", "enable_interpolation");

  private DatasetSettings() {}

  /** The defaults of a new dataset, in the field order of the API's dataset shape. */
  static ObjectNode defaults() {
    ObjectNode node =
        Json.object()
            .put("description", "")
            .put("category", "other")
            .put("public", false)
            .put("archived", false);
    FLAGS.forEach(flag -> node.put(flag, ENABLED_BY_DEFAULT.contains(flag)));
    node.put("task_type", "segmentation-bitmap").put("labeling_inactivity_timeout_seconds", 300);
    ObjectNode attributes = node.putObject("task_attributes").put("format_version", "0.1");
    attributes.putArray("categories").addObject().put("name", "object").put("id", 1);
    node.put("readme", "");
    node.putObject("metadata");
    node.put("noncollaborator_can_label", false).put("noncollaborator_can_review", false);
    node.putNull("insights_urls");
    node.putNull("region_of_interest");
    return node;
  }

  /** A new settings object: {@code current} with the recognised keys of {@code body} applied. */
  static ObjectNode apply(ObjectNode current, JsonNode body) {
    ObjectNode result = current.deepCopy();
    for (Map.Entry<String, JsonNode> field : body.properties()) {
      String key = field.getKey();
      if (key.equals("name") || !current.has(key) || key.equals("insights_urls")) {
        continue;
      }
      result.set(key, validated(key, field.getValue(), current.get(key)));
    }
    return result;
  }

  private static JsonNode validated(String key, JsonNode value, JsonNode current) {
    if (key.equals("region_of_interest")) {
      Validation.objectOrNull(key, value);
      return value.deepCopy();
    }
    if (value.isNull()) {
      throw ApiException.field(key, "This field may not be null.");
    }
    if (key.equals("task_type")) {
      Validation.choice(key, value.asText(), Validation.TASK_TYPES);
    } else if (key.equals("category")) {
      Validation.category(value.asText());
    } else if (OBJECTS.contains(key)) {
      Validation.objectOrNull(key, value);
    } else if (current.isBoolean() && !value.isBoolean()) {
      throw ApiException.field(key, "Must be a valid boolean.");
    } else if (current.isInt() && !value.canConvertToInt()) {
      throw ApiException.field(key, "A valid integer is required.");
    } else if (TEXT.contains(key) && !value.isTextual()) {
      throw ApiException.field(key, "Not a valid string.");
    }
    return value.deepCopy();
  }
}
