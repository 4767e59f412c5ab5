package ai.segments.client.json;

import ai.segments.testfixtures.ApiExamples;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Reads the example payloads of the API reference from the test classpath. */
public final class ExampleFiles {

  /** The strict mapper, as the client uses it by default. */
  public static final ObjectMapper STRICT = SegmentsJson.objectMapper(true);

  /** The lenient mapper. */
  public static final ObjectMapper LENIENT = SegmentsJson.objectMapper(false);

  private ExampleFiles() {}

  /** Returns the text of {@code examples/<name>}. */
  public static String text(String name) {
    return ApiExamples.text(name);
  }

  /** Returns the example as a JSON tree. */
  public static JsonNode tree(String name) {
    try {
      return STRICT.readTree(text(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads the example with the strict mapper. */
  public static <T> T strict(String name, Class<T> type) {
    try {
      return STRICT.readValue(text(name), type);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
