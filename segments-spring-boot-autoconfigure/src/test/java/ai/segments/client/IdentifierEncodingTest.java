package ai.segments.client;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.exception.ValidationException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile identifiers and query values reach the server intact: each is exactly one path segment or
 * one query value, whatever reserved, percent, non-ASCII or dot characters it holds.
 */
class IdentifierEncodingTest extends ContractTestSupport {

  static Stream<String> hostileValues() {
    return Stream.of(
        "a/b",
        "a?b",
        "a#b",
        "100%",
        "a&b=c",
        "a+b",
        "a b",
        " padded ",
        "ü",
        "日本語",
        "😀 emoji",
        "..",
        ".",
        "...",
        "%2F",
        "%25%",
        "\"double\"",
        "'single'",
        "a;b",
        "a=b",
        "a,b:c@d",
        "{braces}",
        "[brackets]",
        "a\\b|c",
        "<tag>",
        "$dollar!*()",
        "~tilde",
        "x".repeat(2000));
  }

  @BeforeEach
  void answerEverything() {
    stubNoContent(any(anyUrl()));
  }

  /** The hostile values except the dot-segments, which are rejected as path segments. */
  static Stream<String> hostilePathSegments() {
    return hostileValues().filter(value -> !".".equals(value) && !"..".equals(value));
  }

  @ParameterizedTest
  @MethodSource("hostilePathSegments")
  void pathSegmentsArriveIntact(String value) {
    client().deleteLabelset("jane/" + value, value);

    assertThat(pathSegments(onlyRequest().getUrl()))
        .containsExactly("datasets", "jane", value, "labelsets", value, "");
  }

  @ParameterizedTest
  @ValueSource(strings = {".", ".."})
  void dotSegmentsAreRejectedBeforeSendingSinceUrlNormalizationWouldResolveThem(String value) {
    assertThatThrownBy(() -> client().deleteLabelset("jane/flowers", value))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("relative path segment");
    assertThatThrownBy(() -> client().deleteRelease(value + "/flowers", "v1"))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> client().deleteRelease("jane/" + value, "v1"))
        .isInstanceOf(ValidationException.class);
    assertNoRequests();
  }

  @ParameterizedTest
  @ValueSource(strings = {"tab\there", "new\nline", "nul\u0000", "del\u007f", "  "})
  void controlCharactersAndBlanksAreRejectedBeforeSending(String value) {
    assertThatThrownBy(() -> client().deleteLabel(value, "ground-truth"))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> client().deleteLabelset("jane/" + value, "x"))
        .isInstanceOf(ValidationException.class);
    assertNoRequests();
  }

  /** The path of a raw request URL, split at slashes and each segment percent-decoded. */
  static List<String> pathSegments(String rawUrl) {
    int query = rawUrl.indexOf('?');
    String path = (query >= 0) ? rawUrl.substring(0, query) : rawUrl;
    List<String> segments = new ArrayList<>();
    for (String segment : path.substring(1).split("/", -1)) {
      segments.add(percentDecode(segment));
    }
    return segments;
  }

  /** The query of a raw request URL as decoded name/value pairs, in order. */
  static Map<String, String> queryParameters(String rawUrl) {
    Map<String, String> parameters = new LinkedHashMap<>();
    int query = rawUrl.indexOf('?');
    if (query < 0) {
      return parameters;
    }
    for (String pair : rawUrl.substring(query + 1).split("&", -1)) {
      int equals = pair.indexOf('=');
      parameters.put(
          percentDecode(pair.substring(0, equals)), percentDecode(pair.substring(equals + 1)));
    }
    return parameters;
  }

  /** Decodes %XX escapes as UTF-8; every other character, {@code +} included, stays literal. */
  static String percentDecode(String raw) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
        i += 2;
      } else {
        byte[] literal = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(literal, 0, literal.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
