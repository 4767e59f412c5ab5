package ai.segments.client.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;

/**
 * The Jackson configuration of the Segments client.
 *
 * <p>Both modes ignore unknown JSON properties, read and write {@code java.time} values as ISO-8601
 * strings ({@code 2020-07-20T14:59:36.242218Z}, {@code 2020-04-10T20:09:31Z} and {@code +00:00}
 * offsets all parse) and leave {@code null} record components out of request bodies ({@code
 * NON_NULL}; {@code null} values inside maps are kept). A request that must send an explicit {@code
 * null} (e.g. unassigning a labeler) is built as an {@code ObjectNode} by the caller. Numeric
 * strings read as numbers, as in the SDK's lax validation. Floating-point numbers are parsed with
 * Jackson's fast double parser ({@code StreamReadFeature.USE_FAST_DOUBLE_PARSER}: the same, exactly
 * rounded values as {@code Double.parseDouble}, in a fraction of the time; labels are mostly
 * coordinates).
 *
 * <ul>
 *   <li><b>Strict</b> (the default, like the SDK): required fields (marked {@code @Required}) must
 *       be present and non-null, unknown enum values and undecidable attribute variants fail.
 *   <li><b>Lenient</b>: required markers are ignored, unknown enum values read as {@code UNKNOWN},
 *       unknown or undecidable variants read as {@code null}, a single value is accepted where a
 *       list is expected, and a value of the wrong shape (a non-numeric string for a number, an
 *       object for a string, ...) reads as {@code null} instead of failing the whole response.
 * </ul>
 */
public final class SegmentsJson {

  /** The default deepest nesting of JSON objects and arrays in a response. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 200;

  private static final ObjectMapper STRICT = objectMapper(true);

  private SegmentsJson() {}

  /**
   * Creates the object mapper the client uses.
   *
   * @param strictValidation {@code true} for strict response validation, {@code false} for lenient
   * @return a new, fully configured mapper
   */
  public static ObjectMapper objectMapper(boolean strictValidation) {
    JsonMapper.Builder builder =
        JsonMapper.builder()
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .addModule(new JavaTimeModule())
            .addModule(
                new SimpleModule("segments-fast-instant")
                    .addDeserializer(Instant.class, new FastInstantDeserializer()))
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .defaultPropertyInclusion(
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_NULL, JsonInclude.Include.ALWAYS));
    if (!strictValidation) {
      builder
          .annotationIntrospector(new LenientAnnotationIntrospector())
          .addHandler(new LenientProblemHandler())
          .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
          .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
          .enable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
          .disable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
          .disable(DeserializationFeature.FAIL_ON_MISSING_EXTERNAL_TYPE_ID_PROPERTY)
          .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
          .disable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    }
    return builder.build();
  }

  /**
   * A copy of a mapper that fails on JSON nested deeper than a limit (a {@link
   * StreamReadConstraints} of its factory), with a {@code StreamConstraintsException}.
   *
   * @param mapper the mapper, not changed
   * @param maxNestingDepth the deepest nesting of objects and arrays, at least 1
   * @return the limited copy
   */
  public static ObjectMapper withMaxNestingDepth(ObjectMapper mapper, int maxNestingDepth) {
    ObjectMapper copy = mapper.copy();
    copy.getFactory()
        .setStreamReadConstraints(
            copy.getFactory()
                .streamReadConstraints()
                .rebuild()
                .maxNestingDepth(maxNestingDepth)
                .build());
    return copy;
  }

  /** The shared strict mapper used for validation; never handed out, so nobody reconfigures it. */
  static ObjectMapper strict() {
    return STRICT;
  }
}
