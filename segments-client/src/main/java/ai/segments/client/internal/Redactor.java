package ai.segments.client.internal;

import java.util.function.Supplier;

/** Removes the API key from text before it can reach a message or a log. */
@FunctionalInterface
public interface Redactor {

  /** The text that stands in for a removed secret. */
  String MASK = "******";

  /**
   * Returns the text with every secret replaced by {@link #MASK}.
   *
   * @param text the text
   * @return the redacted text
   */
  String redact(String text);

  /**
   * A redactor for the current value of an API key.
   *
   * @param apiKey supplies the key
   * @return the redactor
   */
  static Redactor of(Supplier<String> apiKey) {
    return text -> {
      String key = apiKey.get();
      return (key == null || key.isEmpty() || text == null) ? text : text.replace(key, MASK);
    };
  }
}
