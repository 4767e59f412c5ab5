package ai.segments.client.internal;

import ai.segments.client.model.Patch;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Builds a JSON object request body key by key, keeping apart the three states of an update: a key
 * that is absent, a key with a value and a key with an explicit {@code null}.
 *
 * <p>Values are converted with the client's object mapper, so enums go out as their wire values and
 * typed models as their JSON; strings become JSON text and JSON trees are copied as they are. The
 * result is a fresh tree: caller objects are never changed.
 */
public final class JsonBody {

  private final ObjectMapper mapper;
  private final ObjectNode node;

  private JsonBody(ObjectMapper mapper) {
    this.mapper = mapper;
    this.node = mapper.createObjectNode();
  }

  /**
   * Starts an empty body.
   *
   * @param mapper converts values to JSON
   * @return the body
   */
  public static JsonBody with(ObjectMapper mapper) {
    return new JsonBody(mapper);
  }

  /**
   * Sends a key whatever its value; {@code null} goes out as JSON {@code null}.
   *
   * @param key the JSON key
   * @param value the value
   * @return this body
   */
  public JsonBody put(String key, Object value) {
    this.node.set(key, toTree(value));
    return this;
  }

  /** The value as a fresh JSON tree; trees and text need no trip through the serializer. */
  private JsonNode toTree(Object value) {
    if (value instanceof JsonNode json) {
      return json.deepCopy();
    }
    if (value instanceof String text) {
      return this.node.textNode(text);
    }
    return this.mapper.valueToTree(value);
  }

  /**
   * Sends a key only if its value is not {@code null}.
   *
   * @param key the JSON key
   * @param value the value, or {@code null} to leave the key out
   * @return this body
   */
  public JsonBody putIfNotNull(String key, Object value) {
    return (value != null) ? put(key, value) : this;
  }

  /**
   * Sends a key as the update field says: not at all, with its value, or as {@code null}.
   *
   * @param key the JSON key
   * @param field the field
   * @return this body
   */
  public JsonBody patch(String key, Patch<?> field) {
    return field.isPresent() ? put(key, field.value()) : this;
  }

  /**
   * The JSON object built so far.
   *
   * @return the object
   */
  public ObjectNode node() {
    return this.node;
  }
}
