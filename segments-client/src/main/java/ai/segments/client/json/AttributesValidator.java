package ai.segments.client.json;

import ai.segments.client.exception.SegmentsErrorDetails;
import ai.segments.client.exception.ValidationException;
import ai.segments.client.model.IssueAnchor;
import ai.segments.client.model.LabelAttributes;
import ai.segments.client.model.SampleAttributes;
import ai.segments.client.model.TaskAttributes;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Checks attributes and anchors before a request is sent and returns the JSON to send.
 *
 * <p>Each method accepts either a typed model (serialized, after checking it reads back in strict
 * mode) or a {@code Map<String, ?>} / JSON object as the SDK accepts dicts. A map must fit at least
 * one variant of the model in strict mode; it is then sent <em>as given</em>: unknown keys are kept
 * (so documented keys the model does not know are never dropped) and the input is never modified.
 * Clients built with {@code normalizeAttributes(true)} pass sample and label attributes on to
 * {@link AttributesNormalizer}, which sends them as the SDK does. Anything else, including {@code
 * null}, fails with a {@link ValidationException} that names the operation, before any request is
 * sent.
 */
public final class AttributesValidator {

  /** The permitted variants of each sealed model, looked up once: the lookup is reflective. */
  private static final ClassValue<List<Class<?>>> VARIANTS =
      new ClassValue<>() {
        @Override
        protected List<Class<?>> computeValue(Class<?> model) {
          return model.isSealed() ? List.of(model.getPermittedSubclasses()) : List.of();
        }
      };

  private AttributesValidator() {}

  /**
   * Validates sample attributes ({@code add_sample}, {@code add_samples}, {@code update_sample}).
   *
   * @param attributes a {@link SampleAttributes} or a map
   * @param operation the operation name for error reports
   * @return the JSON to send
   * @throws ValidationException if the attributes fit no sample attributes variant
   */
  public static JsonNode sampleAttributes(Object attributes, String operation) {
    return validate(attributes, operation, "sample attributes", SampleAttributes.class);
  }

  /**
   * Validates label attributes ({@code add_label}, {@code update_label}).
   *
   * @param attributes a {@link LabelAttributes} or a map
   * @param operation the operation name for error reports
   * @return the JSON to send
   * @throws ValidationException if the attributes fit no label attributes variant
   */
  public static JsonNode labelAttributes(Object attributes, String operation) {
    return validate(attributes, operation, "label attributes", LabelAttributes.class);
  }

  /**
   * Validates task attributes ({@code add_dataset}, {@code update_dataset}).
   *
   * @param attributes a {@link TaskAttributes} or a map
   * @param operation the operation name for error reports
   * @return the JSON to send
   * @throws ValidationException if the attributes do not fit {@link TaskAttributes}
   */
  public static JsonNode taskAttributes(Object attributes, String operation) {
    return validate(attributes, operation, "task attributes", TaskAttributes.class);
  }

  /**
   * Validates an issue anchor ({@code add_issue}, {@code update_issue}).
   *
   * @param anchor an {@link IssueAnchor} or a map
   * @param operation the operation name for error reports
   * @return the JSON to send
   * @throws ValidationException if the anchor fits no anchor variant
   */
  public static JsonNode issueAnchor(Object anchor, String operation) {
    return validate(anchor, operation, "issue anchor", IssueAnchor.class);
  }

  private static JsonNode validate(Object value, String operation, String what, Class<?> model) {
    if (value == null) {
      throw invalid(operation, what + " must not be null", null);
    }
    if (!model.isInstance(value) && !(value instanceof Map<?, ?>) && !isObject(value)) {
      throw invalid(
          operation,
          what
              + " must be a "
              + model.getSimpleName()
              + " or a Map, not "
              + value.getClass().getName(),
          null);
    }
    ObjectMapper mapper = SegmentsJson.strict();
    TokenBuffer json = new TokenBuffer(mapper, false);
    try {
      mapper.writeValue(json, value);
    } catch (IOException e) {
      throw invalid(operation, what + " cannot be written as JSON: " + e.getMessage(), e);
    }
    try {
      firstFit(mapper, json::asParser, model);
      return mapper.readTree(json.asParser());
    } catch (JsonProcessingException e) {
      throw invalid(operation, "invalid " + what + ": " + describe(e), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isObject(Object value) {
    return value instanceof JsonNode node && node.isObject();
  }

  /**
   * Reads the JSON as the model, then as each of its variants, in strict mode. Each read takes a
   * fresh parser over the same tokens: the value is serialized once, not turned into a tree and
   * back for every candidate.
   *
   * @return the first successful read
   * @throws JsonProcessingException the first failure, when no read succeeds
   * @throws IOException never, for JSON already in memory
   */
  static Object firstFit(ObjectMapper mapper, Supplier<JsonParser> json, Class<?> model)
      throws IOException {
    JsonProcessingException first;
    try {
      return mapper.readValue(json.get(), model);
    } catch (JsonProcessingException e) {
      first = e;
    }
    for (Class<?> variant : VARIANTS.get(model)) {
      try {
        return mapper.readValue(json.get(), variant);
      } catch (JsonProcessingException e) {
        // the first failure is the one reported
      }
    }
    throw first;
  }

  private static String describe(JsonProcessingException e) {
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String path =
          mapping.getPath().stream()
              .map(
                  r -> r.getFieldName() != null ? "." + r.getFieldName() : "[" + r.getIndex() + "]")
              .collect(Collectors.joining());
      return mapping.getOriginalMessage()
          + " (at "
          + path.substring(path.startsWith(".") ? 1 : 0)
          + ")";
    }
    return e.getOriginalMessage();
  }

  private static ValidationException invalid(String operation, String message, Throwable cause) {
    return new ValidationException(
        operation + ": " + message, cause, SegmentsErrorDetails.beforeRequest(operation));
  }
}
