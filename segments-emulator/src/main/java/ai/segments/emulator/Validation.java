package ai.segments.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Enumerations of the API (§4) and the checks that answer DRF-style 400 field errors. */
final class Validation {

  static final List<String> TASK_TYPES =
      List.of(
          "segmentation-bitmap",
          "segmentation-bitmap-highres",
          "image-segmentation-sequence",
          "bboxes",
          "vector",
          "image-vector-sequence",
          "keypoints",
          "pointcloud-cuboid",
          "pointcloud-cuboid-sequence",
          "pointcloud-segmentation",
          "pointcloud-segmentation-sequence",
          "pointcloud-vector",
          "pointcloud-vector-sequence",
          "multisensor-sequence",
          "");
  static final List<String> CATEGORIES =
      List.of(
          "street_scenery",
          "garden",
          "agriculture",
          "satellite",
          "people",
          "medical",
          "fruit",
          "other");
  static final List<String> SETTABLE_LABEL_STATUSES =
      Views.LABEL_STATUSES.stream().filter(s -> !s.equals("UNLABELED")).toList();
  static final List<String> ISSUE_STATUSES = List.of("OPEN", "CLOSED");
  static final List<String> ANCHOR_TYPES = List.of("basic", "track", "sceneAttribute", "location");

  private Validation() {}

  /** Checks that {@code value} is one of {@code allowed}; 400 {@code not a valid choice}. */
  static String choice(String field, String value, List<String> allowed) {
    if (!allowed.contains(value)) {
      throw ApiException.invalidChoice(field, value);
    }
    return value;
  }

  /** A dataset category: one of the eight values, or a custom one containing {@code custom-}. */
  static String category(String value) {
    return value.contains("custom-") ? value : choice("category", value, CATEGORIES);
  }

  /** Checks that a field, when present, is a JSON object. */
  static void objectOrAbsent(JsonNode body, String field) {
    objectOrNull(field, body.get(field));
  }

  /** Checks that a value is a JSON object or null. */
  static void objectOrNull(String field, JsonNode value) {
    if (value != null && !value.isNull() && !value.isObject()) {
      throw ApiException.field(field, "Expected a dictionary of items.");
    }
  }

  /** A number field (priority, score); 400 when present but not a number. */
  static JsonNode number(JsonNode body, String field, JsonNode fallback) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.isNumber()) {
      throw ApiException.field(field, "A valid number is required.");
    }
    return value;
  }

  /**
   * Checks an issue anchor: an object whose {@code type} is one of the four anchor types, with the
   * fields that type requires.
   */
  static JsonNode anchor(JsonNode anchor) {
    if (anchor == null || anchor.isNull()) {
      return null;
    }
    if (!anchor.isObject()) {
      throw ApiException.field("anchor", "Expected a dictionary of items.");
    }
    String type = choice("anchor", anchor.path("type").asText(), ANCHOR_TYPES);
    String required =
        switch (type) {
          case "track" -> "trackNumber";
          case "sceneAttribute" -> "sceneAttribute";
          case "location" -> "location";
          default -> null;
        };
    if (required != null && !anchor.hasNonNull(required)) {
      throw ApiException.field("anchor", "Anchor of type " + type + " needs " + required + ".");
    }
    return anchor.deepCopy();
  }
}
