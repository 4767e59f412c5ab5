package ai.segments.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.exception.NetworkException;
import ai.segments.client.exception.NotFoundException;
import ai.segments.client.exception.SegmentsException;
import ai.segments.client.exception.SegmentsTimeoutException;
import ai.segments.client.http.ApacheHttpTransport;
import ai.segments.client.http.JdkHttpTransport;
import ai.segments.client.http.SegmentsHttpTransport;
import ai.segments.testfixtures.RefusedPort;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Redirects, timeouts and refused connections, on both HTTP transports. */
class TransportBehaviourTest {

  private static final String KEY = "transport-test-key";

  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @RegisterExtension
  static WireMockExtension elsewhere =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  static Stream<Arguments> transports() {
    return Stream.of(
        Arguments.of("jdk", (Function<Duration, SegmentsHttpTransport>) JdkHttpTransport::create),
        Arguments.of(
            "apache", (Function<Duration, SegmentsHttpTransport>) ApacheHttpTransport::create));
  }

  /** A client with a generous read timeout, so that a busy machine does not fail the test. */
  private static SegmentsClient client(
      Function<Duration, SegmentsHttpTransport> transport, String url) {
    return SegmentsClient.builder()
        .apiKey(KEY)
        .apiUrl(url)
        .transport(transport.apply(Duration.ofSeconds(5)))
        .readTimeout(Duration.ofSeconds(10))
        .build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transports")
  void redirectToAnotherHostDropsTheApiKey(
      String name, Function<Duration, SegmentsHttpTransport> transport) {
    api.stubFor(
        get(urlPathEqualTo("/api_status/"))
            .willReturn(
                aResponse()
                    .withStatus(302)
                    .withHeader("Location", elsewhere.baseUrl() + "/status-elsewhere")));
    elsewhere.stubFor(get("/status-elsewhere").willReturn(aResponse().withBody("{}")));

    assertThat(client(transport, api.baseUrl()).checkApiStatus().statusCode()).isEqualTo(200);

    elsewhere.verify(
        getRequestedFor(urlPathEqualTo("/status-elsewhere")).withHeader("Authorization", absent()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transports")
  void redirectWithinTheApiKeepsTheApiKey(
      String name, Function<Duration, SegmentsHttpTransport> transport) {
    api.stubFor(
        get(urlPathEqualTo("/api_status/"))
            .willReturn(aResponse().withStatus(301).withHeader("Location", "/v2/api_status/")));
    api.stubFor(get("/v2/api_status/").willReturn(aResponse().withBody("{}")));

    client(transport, api.baseUrl()).checkApiStatus();

    api.verify(
        getRequestedFor(urlPathEqualTo("/v2/api_status/"))
            .withHeader("Authorization", equalTo("APIKey " + KEY)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transports")
  void slowResponseIsATimeout(String name, Function<Duration, SegmentsHttpTransport> transport) {
    api.stubFor(
        get(urlPathEqualTo("/api_status/"))
            .willReturn(aResponse().withBody("{}").withFixedDelay(2_000)));

    SegmentsClient impatient =
        client(transport, api.baseUrl()).withReadTimeout(Duration.ofMillis(500));

    assertThatThrownBy(impatient::checkApiStatus)
        .isInstanceOf(SegmentsTimeoutException.class)
        .satisfies(ex -> assertThat(((SegmentsException) ex).isTransportFailure()).isTrue())
        .hasMessageStartingWith("apiStatus timed out")
        .hasMessageNotContaining(KEY);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transports")
  void refusedConnectionIsATransportFailure(
      String name, Function<Duration, SegmentsHttpTransport> transport) {
    assertThatThrownBy(() -> client(transport, RefusedPort.url()).checkApiStatus())
        .isExactlyInstanceOf(NetworkException.class)
        .satisfies(ex -> assertThat(((SegmentsException) ex).isTransportFailure()).isTrue())
        .satisfies(ex -> assertThat(((SegmentsException) ex).statusCode()).isEmpty())
        .hasMessageNotContaining(KEY);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transports")
  void derivedReadTimeoutAppliesToTheDerivedClientOnly(
      String name, Function<Duration, SegmentsHttpTransport> transport) {
    api.stubFor(
        get(urlPathEqualTo("/api_status/"))
            .willReturn(aResponse().withBody("{}").withFixedDelay(800)));
    SegmentsClient patient = client(transport, api.baseUrl());
    SegmentsClient impatient = patient.withReadTimeout(Duration.ofMillis(300));

    assertThatThrownBy(impatient::checkApiStatus).isInstanceOf(SegmentsTimeoutException.class);
    assertThat(patient.checkApiStatus().statusCode()).isEqualTo(200);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transports")
  void acceptsGzipCompressedResponses(
      String name, Function<Duration, SegmentsHttpTransport> transport) throws IOException {
    String user =
        "{\"username\": \"jane\", \"created_at\": \"2024-03-18T10:21:07Z\", \"is_organization\": false}";
    api.stubFor(
        get(urlPathEqualTo("/user"))
            .withHeader("Accept-Encoding", containing("gzip"))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withHeader("Content-Encoding", "gzip")
                    .withBody(gzip(user))));
    api.stubFor(
        get(urlPathEqualTo("/users/gone"))
            .willReturn(
                aResponse()
                    .withStatus(404)
                    .withHeader("Content-Encoding", "gzip")
                    .withBody(gzip("{\"detail\": \"Not found.\"}"))));
    SegmentsClient client = client(transport, api.baseUrl());

    assertThat(client.getUser().username()).isEqualTo("jane");
    assertThatThrownBy(() -> client.getUser("gone"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("Not found.");
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
      zip.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
