package ai.segments.client.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/**
 * Reads a number that the API may also send as a string: numeric strings are parsed, empty or blank
 * strings read as {@code null}. Anything else is reported as a bad value.
 */
final class LenientDoubleDeserializer extends StdScalarDeserializer<Double> {

  private static final long serialVersionUID = 1L;

  LenientDoubleDeserializer() {
    super(Double.class);
  }

  @Override
  public Double deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      return (Double)
          ctxt.findRootValueDeserializer(ctxt.constructType(Double.class))
              .deserialize(parser, ctxt);
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
