package ai.segments.client.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserSequence;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a record whose {@code attributes} variant is decided by a sibling task-type field ({@code
 * label_type} of a label, {@code task_type} of a multi-sensor sensor): it reads the task type first
 * (buffering only the fields before it), leaves the matching variant class as a {@link VariantHint}
 * and then runs the ordinary record deserializer over the buffered fields and the rest of the
 * stream. Without a known task type the variant is chosen by shape.
 *
 * @param <T> the record type
 */
abstract class TypeHintedDeserializer<T> extends StdDeserializer<T>
    implements ResolvableDeserializer {

  private static final long serialVersionUID = 1L;

  private final String typeField;
  private final transient Function<TaskType, Optional<? extends Class<?>>> variants;

  /** The plain record deserializer (without the class-level custom one), built when resolved. */
  private transient JsonDeserializer<Object> recordDeserializer;

  /**
   * @param type the record type
   * @param typeField the JSON key of the task type
   * @param variants the attributes variant of a task type, empty to decide by shape
   */
  protected TypeHintedDeserializer(
      Class<T> type, String typeField, Function<TaskType, Optional<? extends Class<?>>> variants) {
    super(type);
    this.typeField = typeField;
    this.variants = variants;
  }

  @Override
  @SuppressWarnings("unchecked")
  public T deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
    if (!parser.isExpectedStartObjectToken() && !parser.hasToken(JsonToken.FIELD_NAME)) {
      return (T) this.recordDeserializer.deserialize(parser, ctxt);
    }
    TypedTokens typed = readUpToTaskType(parser, ctxt);
    Class<?> variant =
        ApiEnum.find(TaskType.class, typed.taskType()).flatMap(variants).orElse(null);
    Object previous = ctxt.getAttribute(VariantDeserializer.HINT);
    ctxt.setAttribute(
        VariantDeserializer.HINT, variant == null ? null : new VariantHint(variant, parser));
    try {
      typed.tokens().nextToken();
      return (T) this.recordDeserializer.deserialize(typed.tokens(), ctxt);
    } finally {
      ctxt.setAttribute(VariantDeserializer.HINT, previous);
    }
  }

  /**
   * Buffers the object's fields up to and including the task type field (usually the first few),
   * then continues with the rest of the stream: the record is read in one pass, however large.
   */
  private TypedTokens readUpToTaskType(JsonParser parser, DeserializationContext ctxt)
      throws IOException {
    TokenBuffer buffered = ctxt.bufferForInputBuffering(parser);
    buffered.writeStartObject();
    JsonToken token =
        parser.isExpectedStartObjectToken() ? parser.nextToken() : parser.currentToken();
    for (; token == JsonToken.FIELD_NAME; token = parser.nextToken()) {
      String name = parser.currentName();
      buffered.writeFieldName(name);
      parser.nextToken();
      boolean isTaskType = name.equals(this.typeField);
      String value = isTaskType ? parser.getValueAsString() : null;
      buffered.copyCurrentStructure(parser);
      if (isTaskType) {
        JsonParser rest =
            JsonParserSequence.createFlattened(false, buffered.asParser(parser), parser);
        return new TypedTokens(value, rest);
      }
    }
    buffered.writeEndObject();
    return new TypedTokens(null, buffered.asParser(parser));
  }

  /** The task type as sent (or {@code null}) and the tokens of the whole object. */
  private record TypedTokens(String taskType, JsonParser tokens) {}

  @Override
  public void resolve(DeserializationContext ctxt) throws JsonMappingException {
    JavaType type = ctxt.constructType(handledType());
    JsonDeserializer<Object> deserializer =
        ctxt.getFactory().createBeanDeserializer(ctxt, type, ctxt.getConfig().introspect(type));
    if (deserializer instanceof ResolvableDeserializer resolvable) {
      resolvable.resolve(ctxt);
    }
    this.recordDeserializer = deserializer;
  }

  @Override
  public boolean isCachable() {
    return true;
  }
}
