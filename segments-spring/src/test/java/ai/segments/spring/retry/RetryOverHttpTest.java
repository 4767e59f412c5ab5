package ai.segments.spring.retry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.ApiStatus;
import ai.segments.client.SegmentsClient;
import ai.segments.client.exception.ApiLimitException;
import ai.segments.client.exception.NetworkException;
import ai.segments.client.exception.SegmentsException;
import ai.segments.client.http.SegmentsHttpTransport;
import ai.segments.spring.support.AttemptStubs;
import ai.segments.spring.support.FakeSegmentsClock;
import ai.segments.spring.support.TestClients;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.ClassPathResource;

/**
 * Retries over real HTTP with both transports, counting requests at the server: a hidden retry
 * layer in the HTTP client would show up as extra requests.
 */
class RetryOverHttpTest {

  private static final String STATUS_PATH = "/api_status/";
  private static final String SAMPLES_PATH = "/datasets/jane/flowers/samples/";
  private static final String ISSUES_PATH = "/samples/s-1/issues/";
  private static final String BULK_PATH = "/datasets/jane/flowers/samples_bulk/";
  private static final Map<String, Object> IMAGE =
      Map.of("image", Map.of("url", "https://example.com/violet.jpg"));
  private static final Instant NOW = Instant.parse("2025-01-01T12:00:00Z");

  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final FakeSegmentsClock time = new FakeSegmentsClock();

  /** A key of this test alone: the server may log a previous test's last request late. */
  private final String apiKey = "retry-test-" + UUID.randomUUID();

  private SegmentsClient client(Function<Duration, SegmentsHttpTransport> transport) {
    return SegmentsClient.builder()
        .apiKey(this.apiKey)
        .apiUrl(api.baseUrl())
        .transport(transport.apply(Duration.ofSeconds(2)))
        .readTimeout(Duration.ofSeconds(10))
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .interceptor(TestClients.retryInterceptor(this.time, 0.5, SegmentsRetryListener.NONE))
        .build();
  }

  private static void answer(ResponseDefinitionBuilder... answers) {
    AttemptStubs.answerAttempts(api, STATUS_PATH, answers);
  }

  private static ResponseDefinitionBuilder status(int status) {
    return aResponse().withStatus(status).withBody("{\"detail\": \"status " + status + "\"}");
  }

  private List<String> retryCounts(int expected) {
    return AttemptStubs.retryCounts(AttemptStubs.received(api, STATUS_PATH, this.apiKey, expected));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ai.segments.spring.support.TestClients#transports")
  void aGetThatKeepsFailingWith503IsSentExactlyMaxAttemptsTimes(
      String name, Function<Duration, SegmentsHttpTransport> transport) {
    answer(status(503));

    assertThatThrownBy(() -> client(transport).checkApiStatus())
        .isInstanceOf(NetworkException.class)
        .hasMessageContaining("after 4 attempts")
        .satisfies(ex -> assertThat(((SegmentsException) ex).statusCode()).hasValue(503));
    assertThat(retryCounts(4)).containsExactly("null", "1", "2", "3");
    assertThat(this.time.sleeps())
        .containsExactly(Duration.ofMillis(750), Duration.ofMillis(1500), Duration.ofSeconds(3));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ai.segments.spring.support.TestClients#transports")
  void a503OnAGetIsRetried(String name, Function<Duration, SegmentsHttpTransport> transport) {
    answer(status(503), status(200));

    assertThat(client(transport).checkApiStatus()).isEqualTo(new ApiStatus(200, false));
    assertThat(retryCounts(2)).containsExactly("null", "1");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ai.segments.spring.support.TestClients#transports")
  void throttledThenSuccessWaitsForRetryAfterSeconds(
      String name, Function<Duration, SegmentsHttpTransport> transport) {
    answer(status(429).withHeader("Retry-After", "2"), status(200));

    assertThat(client(transport).checkApiStatus().statusCode()).isEqualTo(200);
    assertThat(retryCounts(2)).containsExactly("null", "1");
    assertThat(this.time.sleeps()).containsExactly(Duration.ofSeconds(2));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ai.segments.spring.support.TestClients#transports")
  void throttledThenSuccessWaitsForARetryAfterDate(
      String name, Function<Duration, SegmentsHttpTransport> transport) {
    String date =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(5).atZone(ZoneOffset.UTC));
    answer(status(429).withHeader("Retry-After", date), status(200));

    assertThat(client(transport).checkApiStatus().statusCode()).isEqualTo(200);
    assertThat(retryCounts(2)).containsExactly("null", "1");
    assertThat(this.time.sleeps()).containsExactly(Duration.ofSeconds(5));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ai.segments.spring.support.TestClients#transports")
  void throttledWithoutRetryAfterBacksOffExponentially(
      String name, Function<Duration, SegmentsHttpTransport> transport) {
    answer(status(429), status(429), status(200));

    assertThat(client(transport).checkApiStatus().statusCode()).isEqualTo(200);
    assertThat(retryCounts(3)).containsExactly("null", "1", "2");
    assertThat(this.time.sleeps()).containsExactly(Duration.ofMillis(750), Duration.ofMillis(1500));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ai.segments.spring.support.TestClients#transports")
  void aLongerRetryAfterThanTheMaximumSurfacesAtOnce(
      String name, Function<Duration, SegmentsHttpTransport> transport) {
    answer(status(429).withHeader("Retry-After", "120"), status(200));

    assertThatThrownBy(() -> client(transport).checkApiStatus())
        .isInstanceOfSatisfying(
            ApiLimitException.class,
            ex -> assertThat(ex.retryAfter()).contains(Duration.ofSeconds(120)));
    assertThat(retryCounts(1)).containsExactly("null");
    assertThat(this.time.sleeps()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ai.segments.spring.support.TestClients#transports")
  void aSuccessWhoseDetailSaysThrottledIsRetried(
      String name, Function<Duration, SegmentsHttpTransport> transport) {
    answer(status(200).withBody("{\"detail\": \"Request was throttled.\"}"), status(200));

    assertThat(client(transport).checkApiStatus().upgradeRecommended()).isFalse();
    assertThat(retryCounts(2)).containsExactly("null", "1");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ai.segments.spring.support.TestClients#transports")
  void aCreatedResourceThatMentionsThrottlingIsNotMistakenForThrottling(
      String name, Function<Duration, SegmentsHttpTransport> transport) throws IOException {
    String issue =
        new ClassPathResource("examples/issue.json")
            .getContentAsString(StandardCharsets.UTF_8)
            .replaceFirst("\"description\": \"[^\"]*\"", "\"description\": \"throttled\"");
    AttemptStubs.answerAttempts(
        api,
        ISSUES_PATH,
        aResponse().withStatus(201).withHeader("Content-Type", "application/json").withBody(issue));

    assertThat(client(transport).addIssue("s-1", "throttled").description()).isEqualTo("throttled");
    assertThat(AttemptStubs.received(api, ISSUES_PATH, this.apiKey, 1)).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ai.segments.spring.support.TestClients#transports")
  void a503OnAddIssueIsNotRepeatedAndSaysTheCreateMayHaveHappened(
      String name, Function<Duration, SegmentsHttpTransport> transport) {
    AttemptStubs.answerAttempts(api, ISSUES_PATH, status(503), status(201));

    assertThatThrownBy(() -> client(transport).addIssue("s-1", "blurry"))
        .isInstanceOfSatisfying(
            NetworkException.class,
            ex -> {
              assertThat(ex.statusCode()).hasValue(503);
              assertThat(ex.mayHaveBeenApplied()).isTrue();
              assertThat(ex.getMessage()).endsWith(SegmentsException.MAY_HAVE_BEEN_APPLIED);
            });
    assertThat(AttemptStubs.received(api, ISSUES_PATH, this.apiKey, 1)).hasSize(1);
    assertThat(this.time.sleeps()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ai.segments.spring.support.TestClients#transports")
  void a503OnAddSampleIsRepeatedOnceALookupByNameFindsNothing(
      String name, Function<Duration, SegmentsHttpTransport> transport) {
    AttemptStubs.answerAttempts(api, SAMPLES_PATH, status(503), sample(201));
    api.stubFor( // added last: wins over the equal-priority stubs of every method
        get(urlPathEqualTo(SAMPLES_PATH))
            .atPriority(1)
            .withQueryParam("name__contains", equalTo("violet.jpg"))
            .willReturn(okJson("[]")));

    assertThat(client(transport).addSample("jane/flowers", "violet.jpg", IMAGE).name())
        .isEqualTo("violet.jpg");
    assertThat(AttemptStubs.received(api, SAMPLES_PATH, this.apiKey, 3))
        .extracting(request -> request.getMethod().getName())
        .containsExactly("POST", "GET", "POST");
    assertThat(this.time.sleeps()).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ai.segments.spring.support.TestClients#transports")
  void aThrottledAddSampleIsRepeated(
      String name, Function<Duration, SegmentsHttpTransport> transport) {
    AttemptStubs.answerAttempts(api, SAMPLES_PATH, status(429), sample(201));

    assertThat(client(transport).addSample("jane/flowers", "violet.jpg", IMAGE).name())
        .isEqualTo("violet.jpg");
    assertThat(AttemptStubs.received(api, SAMPLES_PATH, this.apiKey, 2)).hasSize(2);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ai.segments.spring.support.TestClients#transports")
  void a503OnTheBulkAddIsRepeated(
      String name, Function<Duration, SegmentsHttpTransport> transport) {
    AttemptStubs.answerAttempts(
        api,
        BULK_PATH,
        status(503),
        aResponse().withHeader("Content-Type", "application/json").withBody("[]"));

    List<Map<String, Object>> samples = List.of(Map.of("name", "violet.jpg", "attributes", IMAGE));
    assertThat(client(transport).addSamples("jane/flowers", samples)).isEmpty();
    assertThat(AttemptStubs.received(api, BULK_PATH, this.apiKey, 2)).hasSize(2);
  }

  private static ResponseDefinitionBuilder sample(int status) {
    try {
      return aResponse()
          .withStatus(status)
          .withHeader("Content-Type", "application/json")
          .withBody(
              new ClassPathResource("examples/sample-image.json")
                  .getContentAsString(StandardCharsets.UTF_8));
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
