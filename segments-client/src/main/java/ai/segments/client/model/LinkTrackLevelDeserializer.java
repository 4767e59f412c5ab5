package ai.segments.client.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;

/**
 * Reads the {@code is_track_level} of a link attribute, which the SDK types as {@code
 * Literal[True]}: strict reading (where {@link DeserializationFeature#FAIL_ON_INVALID_SUBTYPE} is
 * on) rejects {@code false}; lenient reading keeps it.
 */
final class LinkTrackLevelDeserializer extends StdScalarDeserializer<Boolean> {

  private static final long serialVersionUID = 1L;

  LinkTrackLevelDeserializer() {
    super(Boolean.class);
  }

  @Override
  public Boolean deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
    Boolean value = _parseBoolean(parser, ctxt, Boolean.class);
    if (Boolean.FALSE.equals(value)
        && ctxt.isEnabled(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)) {
      return ctxt.reportInputMismatch(
          this, "is_track_level of a link attribute must be true (links are track-level)");
    }
    return value;
  }
}
