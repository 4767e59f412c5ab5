package ai.segments.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * Compares a response with an example payload: every key of the example (recursively through
 * objects) is present in the response, with the same JSON type when both values are non-null.
 * Arrays are compared by type only.
 */
final class ShapeAssert {

  private ShapeAssert() {}

  static void assertSameShape(JsonNode actual, JsonNode example) {
    compare(actual, example, "$");
  }

  private static void compare(JsonNode actual, JsonNode example, String path) {
    if (example.isNull() || actual.isNull()) {
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
        compare(actual.get(field.getKey()), field.getValue(), child);
      }
    }
  }
}
