package ai.segments.spring.support;

import ai.segments.client.json.SegmentsJson;
import ai.segments.testfixtures.ApiExamples;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;

/** The API reference's example payloads, as text or as JSON trees read by the client's mapper. */
public final class Examples {

  private Examples() {}

  /** The text of an example. */
  public static String text(String name) {
    return ApiExamples.text(name);
  }

  /** An example as a JSON tree. */
  public static JsonNode tree(String name) {
    try {
      return SegmentsJson.objectMapper(true).readTree(text(name));
    } catch (JsonProcessingException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
