package ai.segments.client.model;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.util.JsonParserDelegate;

/**
 * What a {@link TypeHintedDeserializer} leaves for the {@link VariantDeserializer} of its
 * attributes: the variant class the task type points to, and the stream the record is read from.
 *
 * @param variant the attributes variant
 * @param stream the parser the record's JSON came from, behind the buffered fields before the task
 *     type
 */
record VariantHint(Class<?> variant, JsonParser stream) {

  /**
   * The parser to read a value from: the stream itself when {@code parser} is the sequence of
   * buffered fields and stream and has reached the stream, so that large attributes are read
   * without a delegate in between; else {@code parser}. A value never straddles the two, since the
   * buffered fields hold whole values.
   */
  JsonParser readerFor(JsonParser parser) {
    return parser instanceof JsonParserDelegate sequence && sequence.delegate() == this.stream
        ? this.stream
        : parser;
  }
}
