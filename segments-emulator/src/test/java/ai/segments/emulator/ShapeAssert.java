package ai.segments.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Compares a response with an example payload: every key of the example (recursively through
 * objects) is present in the response, with the same JSON type when both values are non-null.
 * Arrays are compared by type only.
 */
final class ShapeAssert {

  private ShapeAssert() {}

  /**
   * Compares shapes, skipping user-supplied content at the given paths (e.g. {@code
   * $.task_attributes}).
   */
  static void assertSameShape(JsonNode actual, JsonNode example, String... userContent) {
    compare(actual, example, "$", List.of(userContent));
  }

  private static void compare(JsonNode actual, JsonNode example, String path, List<String> skip) {
    if (example.isNull() || actual.isNull() || skip.contains(path)) {
      return;
    }
    if (example.isNumber()) {
      assertThat(actual.isNumber()).as("%s is a number: %s", path, actual).isTrue();
      return;
    }
    assertThat(actual.getNodeType()).as("type of %s", path).isEqualTo(example.getNodeType());
    if (example.isObject()) {
      for (Map.Entry<String, JsonNode> field : example.properties()) {
        String child = path + "." + field.getKey();
        assertThat(actual.has(field.getKey())).as("%s present in %s", child, actual).isTrue();
        compare(actual.get(field.getKey()), field.getValue(), child, skip);
      }
    }
  }
}
