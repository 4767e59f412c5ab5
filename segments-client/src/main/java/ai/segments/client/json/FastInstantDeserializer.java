package ai.segments.client.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads the API's timestamps ({@code 2024-03-18T10:21:07.123456Z}, optionally with an offset
 * instead of {@code Z}, or with no zone at all, read as UTC: the SDK types timestamps as plain
 * strings, so it accepts them too) without a {@code DateTimeFormatter}, which costs more than the
 * rest of a small response. Anything else — other shapes, numbers, invalid dates — goes to
 * Jackson's own {@link InstantDeserializer}, so results and errors stay the same.
 */
final class FastInstantDeserializer extends StdScalarDeserializer<Instant>
    implements ContextualDeserializer {

  private static final long serialVersionUID = 1L;

  private final JsonDeserializer<?> fallback;

  FastInstantDeserializer() {
    this(InstantDeserializer.INSTANT);
  }

  private FastInstantDeserializer(JsonDeserializer<?> fallback) {
    super(Instant.class);
    this.fallback = fallback;
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
      throws JsonMappingException {
    JsonDeserializer<?> contextual =
        (this.fallback instanceof ContextualDeserializer c)
            ? c.createContextual(ctxt, property)
            : this.fallback;
    return (contextual == this.fallback) ? this : new FastInstantDeserializer(contextual);
  }

  @Override
  public Instant deserialize(JsonParser parser, DeserializationContext ctxt) throws IOException {
    if (parser.hasToken(JsonToken.VALUE_STRING)) {
      Instant fast = parse(parser.getText());
      if (fast != null) {
        return fast;
      }
    }
    return (Instant) this.fallback.deserialize(parser, ctxt);
  }

  /**
   * Parses {@code yyyy-MM-ddTHH:mm:ss[.fraction][Z|±HH:mm]}; without a zone the time is UTC.
   *
   * @param text the text
   * @return the instant, or {@code null} when the text has another shape or is not a valid date
   */
  static Instant parse(String text) {
    int length = text.length();
    if (length < 19
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if ((year | month | day | hour | minute | second) < 0
        || hour > 23
        || minute > 59
        || second > 59) {
      return null;
    }
    int position = 19;
    int nanos = 0;
    if (position < length && text.charAt(position) == '.') {
      int start = ++position;
      while (position < length && Character.isDigit(text.charAt(position))) {
        position++;
      }
      int count = position - start;
      if (count == 0 || count > 9) {
        return null;
      }
      nanos = digits(text, start, count);
      for (int i = count; i < 9; i++) {
        nanos *= 10;
      }
    }
    int offsetSeconds = offset(text, position);
    if (offsetSeconds == Integer.MIN_VALUE) {
      return null;
    }
    try {
      long epochDay = LocalDate.of(year, month, day).toEpochDay();
      long seconds = epochDay * 86_400 + hour * 3_600L + minute * 60L + second - offsetSeconds;
      return Instant.ofEpochSecond(seconds, nanos);
    } catch (DateTimeException invalid) {
      return null;
    }
  }

  /**
   * The offset in seconds of {@code Z}, {@code +HH:mm} or {@code -HH:mm} ending the text; none (the
   * text ends here) is UTC.
   */
  private static int offset(String text, int position) {
    int rest = text.length() - position;
    if (rest == 0 || (rest == 1 && text.charAt(position) == 'Z')) {
      return 0;
    }
    if (rest != 6 || text.charAt(position + 3) != ':') {
      return Integer.MIN_VALUE;
    }
    char sign = text.charAt(position);
    int hours = digits(text, position + 1, 2);
    int minutes = digits(text, position + 4, 2);
    if ((sign != '+' && sign != '-') || hours < 0 || hours > 18 || minutes < 0 || minutes > 59) {
      return Integer.MIN_VALUE;
    }
    int seconds = hours * 3_600 + minutes * 60;
    return (sign == '-') ? -seconds : seconds;
  }

  /** The number of {@code count} ASCII digits from {@code start}, or -1 if one is not a digit. */
  private static int digits(String text, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
