package ai.segments.client.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NumericNode;

/** Arithmetic on JSON numbers as Python does it: integers stay integers, floats stay floats. */
final class JsonNumbers {

  private JsonNumbers() {}

  /** {@code a - b}. */
  static NumericNode minus(JsonNode a, JsonNode b) {
    if (a.isIntegralNumber() && b.isIntegralNumber()) {
      return LongNode.valueOf(a.asLong() - b.asLong());
    }
    return DoubleNode.valueOf(a.asDouble() - b.asDouble());
  }
}
