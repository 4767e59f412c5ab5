package ai.segments.client.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The text of an error response: the API's {@code detail} when the body has one, and a bounded,
 * secret-free excerpt of the body.
 *
 * @param detail the {@code detail} string, or the excerpt when there is none
 * @param excerpt at most {@value #MAX_EXCERPT} characters of the body, whitespace folded
 */
public record ResponseText(String detail, String excerpt) {

  /** The longest excerpt kept from a response body. */
  public static final int MAX_EXCERPT = 300;

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Reads the text of a body.
   *
   * @param body the body bytes (may be empty)
   * @param redactor removes secrets from the text
   * @return the text
   */
  public static ResponseText of(byte[] body, Redactor redactor) {
    String text = redactor.redact(new String(body, StandardCharsets.UTF_8)).strip();
    String folded = text.replaceAll("\\s+", " ");
    String excerpt =
        (folded.length() > MAX_EXCERPT) ? folded.substring(0, MAX_EXCERPT) + "…" : folded;
    String detail = detailOf(text);
    return new ResponseText((detail != null) ? bounded(detail) : excerpt, excerpt);
  }

  /**
   * Whether the body or its detail contains a phrase, ignoring case.
   *
   * @param phrase the lowercase phrase
   * @return {@code true} if it occurs
   */
  public boolean mentions(String phrase) {
    return this.excerpt.toLowerCase().contains(phrase)
        || this.detail.toLowerCase().contains(phrase);
  }

  /**
   * The {@code detail} string of a JSON object body.
   *
   * @param body the body bytes
   * @param redactor removes secrets from the text
   * @return the detail, or {@code null} when the body is no JSON object with a string {@code
   *     detail}
   */
  static String jsonDetail(byte[] body, Redactor redactor) {
    return detailOf(redactor.redact(new String(body, StandardCharsets.UTF_8)).strip());
  }

  private static String detailOf(String text) {
    if (!text.startsWith("{")) {
      return null;
    }
    try {
      JsonNode detail = JSON.readTree(text).get("detail");
      return (detail != null && detail.isTextual()) ? detail.asText() : null;
    } catch (IOException notJson) {
      return null;
    }
  }

  private static String bounded(String text) {
    return (text.length() > MAX_EXCERPT) ? text.substring(0, MAX_EXCERPT) + "…" : text;
  }
}
