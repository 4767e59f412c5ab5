package ai.segments.client.internal.resource;

import ai.segments.client.internal.Arguments;
import ai.segments.client.json.AttributesValidator;
import ai.segments.client.request.AddSampleRequest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** The items of {@code addSamples}: typed requests or the SDK's dicts as maps. */
public final class BulkSamples {

  private BulkSamples() {}

  /**
   * One item of the bulk body. A map needs {@code name} and {@code attributes} (validated); its
   * other keys are sent as given. The caller's map is copied, never changed.
   */
  public static ObjectNode toJson(Object sample, ObjectMapper mapper, String operation) {
    if (sample instanceof AddSampleRequest request) {
      return request.toJson(mapper, operation);
    }
    if (!(sample instanceof Map<?, ?> map)) {
      throw Arguments.invalid(
          "each sample must be an AddSampleRequest or a Map, got "
              + ((sample == null) ? "null" : sample.getClass().getName()),
          operation);
    }
    Object name = map.get("name");
    if (!(name instanceof String text)) {
      throw Arguments.invalid("each sample needs a 'name' string", operation);
    }
    Arguments.requireText(text, "name", operation);
    ObjectNode item = mapper.valueToTree(map);
    item.set("attributes", AttributesValidator.sampleAttributes(map.get("attributes"), operation));
    return item;
  }
}
