package ai.segments.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Adds a {@code signed_url} next to every {@code url} in sample attributes (a copy). */
final class SignedUrls {

  static final String SIGNATURE =
      "X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=86400&X-Amz-Signature=emulator";

  private SignedUrls() {}

  static JsonNode sign(JsonNode attributes) {
    if (attributes == null) {
      return null;
    }
    JsonNode copy = attributes.deepCopy();
    addSignatures(copy);
    return copy;
  }

  private static void addSignatures(JsonNode node) {
    if (node instanceof ObjectNode object) {
      JsonNode url = object.get("url");
      if (url != null && url.isTextual()) {
        String separator = url.asText().contains("?") ? "&" : "?";
        object.put("signed_url", url.asText() + separator + SIGNATURE);
      }
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        addSignatures(field.getValue());
      }
    } else if (node instanceof ArrayNode array) {
      array.forEach(SignedUrls::addSignatures);
    }
  }
}
