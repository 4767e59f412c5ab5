package ai.segments.client.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a sealed interface whose JSON carries no type tag: the variant record is the one a
 * surrounding {@link TypeHintedDeserializer} derived from a task type (read straight from the
 * stream), or else the one the JSON shape points to. When no variant fits, strict mode fails and
 * lenient mode (where {@link DeserializationFeature#FAIL_ON_INVALID_SUBTYPE} is off) yields {@code
 * null}. An empty JSON array (what multi-sensor labels hold for sensors without labels) reads as
 * {@code null}.
 *
 * @param <T> the sealed interface
 */
abstract class VariantDeserializer<T> extends StdDeserializer<T> implements ResolvableDeserializer {

  /** Per-call context attribute holding the {@link VariantHint} for the next value. */
  static final Object HINT = VariantDeserializer.class.getName() + ".hint";

  private static final long serialVersionUID = 1L;

  /** The deserializer of each permitted variant, found once when this one is resolved. */
  private transient Map<Class<?>, JsonDeserializer<Object>> variants;

  /**
   * The JSON tree deserializer, found once: {@link DeserializationContext#readTree} looks it up in
   * the mapper's shared cache on every value.
   */
  private transient JsonDeserializer<Object> trees;

  protected VariantDeserializer(Class<T> type) {
    super(type);
  }

  @Override
  public void resolve(DeserializationContext ctxt) throws JsonMappingException {
    Map<Class<?>, JsonDeserializer<Object>> found = new HashMap<>();
    for (Class<?> variant : handledType().getPermittedSubclasses()) {
      found.put(variant, ctxt.findContextualValueDeserializer(ctxt.constructType(variant), null));
    }
    this.variants = Map.copyOf(found);
    this.trees = ctxt.findRootValueDeserializer(ctxt.constructType(JsonNode.class));
  }

  /** Returns the variant the JSON shape points to, or {@code null} if none fits. */
  protected abstract Class<? extends T> variantByShape(JsonNode node);

  @Override
  @SuppressWarnings("unchecked")
  public T deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
    Object hint = ctxt.getAttribute(HINT);
    ctxt.setAttribute(HINT, null);
    VariantHint fitting =
        hint instanceof VariantHint h && handledType().isAssignableFrom(h.variant()) ? h : null;
    if (fitting != null && parser.isExpectedStartObjectToken()) {
      return (T) this.variants.get(fitting.variant()).deserialize(fitting.readerFor(parser), ctxt);
    }
    JsonNode node = (JsonNode) this.trees.deserialize(parser, ctxt);
    if (node.isArray() && node.isEmpty()) {
      return null;
    }
    Class<? extends T> variant =
        fitting != null ? (Class<? extends T>) fitting.variant() : variantByShape(node);
    if (variant == null) {
      if (ctxt.isEnabled(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)) {
        return (T)
            ctxt.reportInputMismatch(
                this,
                "Cannot tell which %s variant this JSON is (keys: %s)",
                handledType().getSimpleName(),
                fieldNames(node));
      }
      return null;
    }
    try (JsonParser tokens = node.traverse(parser.getCodec())) {
      tokens.nextToken();
      return (T) this.variants.get(variant).deserialize(tokens, ctxt);
    }
  }

  private static String fieldNames(JsonNode node) {
    StringBuilder names = new StringBuilder();
    node.fieldNames().forEachRemaining(n -> names.append(names.isEmpty() ? "" : ", ").append(n));
    return node.isObject() ? "[" + names + "]" : node.getNodeType().toString();
  }
}
