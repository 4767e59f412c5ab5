package ai.segments.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.function.Function;

/**
 * Shared Jackson helpers. Stored JSON trees are never mutated after they have been stored: updates
 * replace them, so views may reference them without copying.
 */
final class Json {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  static ArrayNode array() {
    return JsonNodeFactory.instance.arrayNode();
  }

  static <T> ArrayNode array(Collection<T> items, Function<T, JsonNode> view) {
    ArrayNode array = array();
    items.forEach(item -> array.add(view.apply(item)));
    return array;
  }

  static JsonNode parse(byte[] bytes) {
    if (bytes.length == 0) {
      return NullNode.getInstance();
    }
    try {
      return MAPPER.readTree(bytes);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("JSON parse error - " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode read(java.io.InputStream in) throws IOException {
    return MAPPER.readTree(in);
  }

  static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of a field, or {@code fallback} when it is absent or null. */
  static String text(JsonNode node, String field, String fallback) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? fallback : value.asText();
  }

  /** A required, non-blank string field; 400 {@code This field is required.} otherwise. */
  static String requiredText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.asText().isEmpty()) {
      throw ApiException.required(field);
    }
    if (!value.isTextual()) {
      throw ApiException.field(field, "Not a valid string.");
    }
    return value.asText();
  }

  static boolean bool(JsonNode node, String field, boolean fallback) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? fallback : value.asBoolean();
  }

  /** The request body as an object; 400 when it is anything else. */
  static ObjectNode requireObject(JsonNode body) {
    if (body instanceof ObjectNode) {
      return (ObjectNode) body;
    }
    throw ApiException.field("non_field_errors", "Invalid data. Expected a dictionary.");
  }

  /** An optional object field, or an empty object when absent or null. */
  static ObjectNode objectField(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return object();
    }
    if (!value.isObject()) {
      throw ApiException.field(field, "Expected a dictionary of items.");
    }
    return (ObjectNode) value.deepCopy();
  }

  /** Whether the node holds the field, even with a null value. */
  static boolean has(JsonNode node, String field) {
    return node.has(field);
  }
}
