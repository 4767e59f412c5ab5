package ai.segments.client.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a record whose {@code attributes} variant is decided by a sibling task-type field ({@code
 * label_type} of a label, {@code task_type} of a multi-sensor sensor): it reads the task type
 * first, leaves the matching variant class as a {@link VariantDeserializer#HINT} and then runs the
 * ordinary record deserializer. Without a known task type the variant is chosen by shape.
 *
 * @param <T> the record type
 */
abstract class TypeHintedDeserializer<T> extends StdDeserializer<T> {

  private static final long serialVersionUID = 1L;

  private final String typeField;
  private final transient Function<TaskType, Optional<? extends Class<?>>> variants;
  private transient volatile JsonDeserializer<Object> recordDeserializer;

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
    JsonNode node = ctxt.readTree(parser);
    Class<?> variant =
        ApiEnum.find(TaskType.class, node.path(typeField).asText(null))
            .flatMap(variants)
            .orElse(null);
    Object previous = ctxt.getAttribute(VariantDeserializer.HINT);
    ctxt.setAttribute(VariantDeserializer.HINT, variant);
    try (JsonParser treeParser = node.traverse(parser.getCodec())) {
      treeParser.nextToken();
      return (T) recordDeserializer(ctxt).deserialize(treeParser, ctxt);
    } finally {
      ctxt.setAttribute(VariantDeserializer.HINT, previous);
    }
  }

  /** The plain record deserializer, built without the class-level custom deserializer. */
  private JsonDeserializer<Object> recordDeserializer(DeserializationContext ctxt)
      throws JsonMappingException {
    JsonDeserializer<Object> deserializer = recordDeserializer;
    if (deserializer == null) {
      JavaType type = ctxt.constructType(handledType());
      deserializer =
          ctxt.getFactory().createBeanDeserializer(ctxt, type, ctxt.getConfig().introspect(type));
      if (deserializer instanceof ResolvableDeserializer resolvable) {
        resolvable.resolve(ctxt);
      }
      recordDeserializer = deserializer;
    }
    return deserializer;
  }

  @Override
  public boolean isCachable() {
    return true;
  }
}
