package ai.segments.client;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.exception.ValidationException;
import ai.segments.client.paging.SampleQuery;
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
    return hostileValues().filter(value -> !isDotSegment(value));
  }

  @ParameterizedTest
  @MethodSource("hostilePathSegments")
  void pathSegmentsArriveIntact(String value) {
    client().deleteLabelset("jane/" + value, value);

    assertThat(pathSegments(onlyRequest().getUrl()))
        .containsExactly("datasets", "jane", value, "labelsets", value, "");
  }

  @ParameterizedTest
  @MethodSource("hostileValues")
  void queryValuesArriveIntact(String value) {
    server.stubFor(any(anyUrl()).willReturn(json("[]")));

    client()
        .getSamples(
            "jane/" + (isDotSegment(value) ? "flowers" : value),
            SampleQuery.builder().labelset(value).name(value).metadata("k:" + value).build());

    assertThat(queryParameters(onlyRequest().getUrl()))
        .containsExactly(
            Map.entry("per_page", "1000"),
            Map.entry("page", "1"),
            Map.entry("labelset", value),
            Map.entry("name__contains", value),
            Map.entry("filters", "k:" + value),
            Map.entry("sort", "name"));
  }

  @ParameterizedTest
  @MethodSource("hostileValues")
  void getSampleJoinsAHostileLabelsetAndSignedUrlsWithAnAmpersand(String value) {
    server.stubFor(any(anyUrl()).willReturn(exampleResponse("sample-image.json")));

    client().getSample("602a3eec", value, true);

    String url = onlyRequest().getUrl();
    assertThat(pathSegments(url)).containsExactly("samples", "602a3eec", "");
    assertThat(queryParameters(url))
        .containsExactly(Map.entry("labelset", value), Map.entry("include_signed_urls", "1"));
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

  private static boolean isDotSegment(String value) {
    return ".".equals(value) || "..".equals(value);
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

  /**
   * The query of a raw request URL as name/value pairs, in order, decoded as servers decode query
   * strings: {@code +} is a space, so a literal plus must arrive as {@code %2B}.
   */
  static Map<String, String> queryParameters(String rawUrl) {
    Map<String, String> parameters = new LinkedHashMap<>();
    int query = rawUrl.indexOf('?');
    if (query < 0) {
      return parameters;
    }
    for (String pair : rawUrl.substring(query + 1).split("&", -1)) {
      int equals = pair.indexOf('=');
      parameters.put(formDecode(pair.substring(0, equals)), formDecode(pair.substring(equals + 1)));
    }
    return parameters;
  }

  private static String formDecode(String raw) {
    return percentDecode(raw.replace('+', ' '));
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
