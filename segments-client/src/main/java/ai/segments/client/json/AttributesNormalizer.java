package ai.segments.client.json;

import ai.segments.client.model.LabelAttributes;
import ai.segments.client.model.SampleAttributes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * Re-serializes validated sample and label attributes through the models, the way the SDK sends
 * them ({@code model_validate(...).model_dump(exclude_unset=True)}): keys the models do not know
 * are dropped, values take the models' types (e.g. numeric strings become numbers), and defaults
 * the caller did not set are not added. Free-form maps (object attribute values) keep their keys.
 */
public final class AttributesNormalizer {

  private AttributesNormalizer() {}

  /**
   * Normalizes sample attributes already checked by {@link AttributesValidator#sampleAttributes}.
   *
   * @param validated the attributes as validated
   * @return the attributes as the SDK would send them
   */
  public static JsonNode sampleAttributes(JsonNode validated) {
    return normalize(validated, SampleAttributes.class);
  }

  /**
   * Normalizes label attributes already checked by {@link AttributesValidator#labelAttributes}.
   *
   * @param validated the attributes as validated
   * @return the attributes as the SDK would send them
   */
  public static JsonNode labelAttributes(JsonNode validated) {
    return normalize(validated, LabelAttributes.class);
  }

  private static JsonNode normalize(JsonNode validated, Class<?> model) {
    ObjectMapper mapper = SegmentsJson.strict();
    try {
      Object typed =
          AttributesValidator.firstFit(mapper, () -> mapper.treeAsTokens(validated), model);
      return onlyGivenKeys(mapper.valueToTree(typed), validated);
    } catch (IOException e) {
      throw new IllegalStateException("Attributes changed after validation", e);
    }
  }

  /** The written tree without the keys the given tree did not set (pydantic's exclude_unset). */
  private static JsonNode onlyGivenKeys(JsonNode written, JsonNode given) {
    if (written instanceof ObjectNode object && given.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = object.properties().iterator();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode set = given.get(field.getKey());
        if (set == null) {
          fields.remove();
        } else {
          field.setValue(onlyGivenKeys(field.getValue(), set));
        }
      }
    } else if (written instanceof ArrayNode array && given.isArray()) {
      for (int i = 0; i < array.size() && i < given.size(); i++) {
        array.set(i, onlyGivenKeys(array.get(i), given.get(i)));
      }
    }
    return written;
  }
}
