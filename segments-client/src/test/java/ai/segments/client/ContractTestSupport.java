package ai.segments.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.internal.SegmentsLibrary;
import ai.segments.testfixtures.ApiExamples;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Shared fixture of the contract tests: one WireMock server per test class (requests and stubs are
 * reset before each test), a client pointed at it, the example payloads and request inspection.
 */
abstract class ContractTestSupport {

  static final String API_KEY = "contract-test-key";

  static final String DATASET = "jane/flowers";

  static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  /** A client for the WireMock server with the default settings. */
  static SegmentsClient client() {
    return client(builder -> builder);
  }

  /** A client for the WireMock server with customized settings. */
  static SegmentsClient client(UnaryOperator<SegmentsClient.Builder> customizer) {
    return customizer
        .apply(SegmentsClient.builder().apiKey(API_KEY).apiUrl(server.baseUrl()))
        .build();
  }

  /** The text of an example payload of the API reference. */
  static String example(String name) {
    return ApiExamples.text(name);
  }

  /** A JSON response with the body of an example file. */
  static ResponseDefinitionBuilder exampleResponse(String name) {
    return json(example(name));
  }

  /** A 200 JSON response. */
  static ResponseDefinitionBuilder json(String body) {
    return aResponse().withHeader("Content-Type", "application/json").withBody(body);
  }

  /** Stubs an endpoint to answer with an example payload. */
  static void stub(MappingBuilder request, String exampleName) {
    server.stubFor(request.willReturn(exampleResponse(exampleName)));
  }

  /** Stubs an endpoint to answer 204 No Content. */
  static void stubNoContent(MappingBuilder request) {
    server.stubFor(request.willReturn(aResponse().withStatus(204)));
  }

  /** Answers every request with an example payload. */
  static void respondWith(String exampleName) {
    stub(any(anyUrl()), exampleName);
  }

  /** Answers every request with a JSON array of example payloads. */
  static void respondWithList(String... exampleNames) {
    String items =
        Stream.of(exampleNames).map(ContractTestSupport::example).collect(Collectors.joining(","));
    server.stubFor(any(anyUrl()).willReturn(json("[" + items + "]")));
  }

  /** Stubs one page of a list endpoint with {@code count} copies of an example. */
  static void stubPage(String path, int page, int count, String exampleName) {
    String items = String.join(",", Collections.nCopies(count, example(exampleName)));
    server.stubFor(
        get(urlPathEqualTo(path))
            .withQueryParam("page", equalTo(Integer.toString(page)))
            .willReturn(json("[" + items + "]")));
  }

  /** Answers every request with 204 No Content. */
  static void respondNoContent() {
    stubNoContent(any(anyUrl()));
  }

  /** Every request the server received, in order. */
  static List<LoggedRequest> requests() {
    return new ArrayList<>(server.findAll(anyRequestedFor(anyUrl())));
  }

  /** The only request the server received, after asserting there was exactly one. */
  static LoggedRequest onlyRequest() {
    List<LoggedRequest> all = requests();
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  /** Asserts that nothing reached the server. */
  static void assertNoRequests() {
    assertThat(requests()).isEmpty();
  }

  /**
   * Asserts method, raw URL (path and query as sent) and the API headers of a request.
   *
   * @return the request, for further checks
   */
  static LoggedRequest assertApiRequest(LoggedRequest request, String method, String rawUrl) {
    assertThat(request.getMethod().getName()).isEqualTo(method);
    assertThat(request.getUrl()).isEqualTo(rawUrl);
    assertThat(request.getHeader("Authorization")).isEqualTo("APIKey " + API_KEY);
    assertThat(request.getHeader("X-source")).isEqualTo(SegmentsLibrary.source());
    assertThat(request.getHeader("User-Agent")).isEqualTo(SegmentsLibrary.userAgent());
    return request;
  }

  /** The only request: method, raw URL and API headers asserted. */
  static LoggedRequest assertOnlyRequest(String method, String rawUrl) {
    return assertApiRequest(onlyRequest(), method, rawUrl);
  }

  /** The JSON body of a request (WireMock decompresses gzip bodies when it logs them). */
  static JsonNode bodyJson(LoggedRequest request) {
    try {
      return JSON.readTree(request.getBody());
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** Parses JSON text (for expected bodies). */
  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** Asserts a plain (uncompressed) JSON body equal to {@code expectedJson}. */
  static void assertPlainJsonBody(LoggedRequest request, String expectedJson) {
    assertThat(request.getHeader("Content-Encoding")).isNull();
    assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    assertThat(Integer.parseInt(request.getHeader("Content-Length")))
        .isEqualTo(request.getBody().length);
    assertThat(bodyJson(request)).isEqualTo(parse(expectedJson));
  }

  /** Asserts a gzip-compressed JSON body equal to {@code expectedJson}. */
  static void assertGzipJsonBody(LoggedRequest request, String expectedJson) {
    assertThat(request.getHeader("Content-Encoding")).isEqualTo("gzip");
    assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    // WireMock logs the decompressed body; the Content-Length of the wire body proves it was gzip.
    assertThat(Integer.parseInt(request.getHeader("Content-Length")))
        .as("wire length is that of the gzip-compressed JSON")
        .isEqualTo(gzip(request.getBody()).length);
    assertThat(bodyJson(request)).isEqualTo(parse(expectedJson));
  }

  private static byte[] gzip(byte[] raw) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(raw);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return out.toByteArray();
  }
}
