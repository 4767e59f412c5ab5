package ai.segments.client.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ResolvableDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/**
 * Reads a number that the API may also send as a string: numeric strings are parsed, empty or blank
 * strings read as {@code null}. Anything else is reported as a bad value.
 */
final class LenientDoubleDeserializer extends StdScalarDeserializer<Double>
    implements ResolvableDeserializer {

  private static final long serialVersionUID = 1L;

  /** The mapper's own {@code Double} deserializer for numbers, found once. */
  private transient JsonDeserializer<Object> numbers;

  LenientDoubleDeserializer() {
    super(Double.class);
  }

  @Override
  public void resolve(DeserializationContext ctxt) throws JsonMappingException {
    this.numbers = ctxt.findRootValueDeserializer(ctxt.constructType(Double.class));
  }

  @Override
  public Double deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return (Double) this.numbers.deserialize(parser, ctxt);
    }
    String text = parser.getText().strip();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return Double.valueOf(text);
    } catch (NumberFormatException e) {
      return (Double)
          ctxt.handleWeirdStringValue(Double.class, text, "not a number or a blank string");
    }
  }
}
