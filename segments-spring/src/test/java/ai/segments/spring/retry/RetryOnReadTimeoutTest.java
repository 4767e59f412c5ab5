package ai.segments.spring.retry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.SegmentsClient;
import ai.segments.client.exception.SegmentsTimeoutException;
import ai.segments.client.http.SegmentsHttpTransport;
import ai.segments.spring.support.AttemptStubs;
import ai.segments.spring.support.FakeSegmentsClock;
import ai.segments.spring.support.TestClients;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Read timeouts of a GET are retried, on both transports, and the attempts reach the server exactly
 * max-attempts times.
 */
class RetryOnReadTimeoutTest {

  private static final Duration SERVER_DELAY = Duration.ofMillis(600);

  @RegisterExtension
  static WireMockExtension slowApi =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final FakeSegmentsClock time = new FakeSegmentsClock();
  private final String apiKey = "timeout-test-" + UUID.randomUUID();

  @ParameterizedTest(name = "{0}")
  @MethodSource("ai.segments.spring.support.TestClients#transports")
  void exhaustedReadTimeoutsSurfaceAsATimeoutAfterMaxAttempts(
      String name, Function<Duration, SegmentsHttpTransport> transport) {
    slowApi.stubFor(
        get(urlPathEqualTo("/api_status/"))
            .willReturn(aResponse().withBody("{}").withFixedDelay((int) SERVER_DELAY.toMillis())));
    SegmentsClient client =
        SegmentsClient.builder()
            .apiKey(this.apiKey)
            .apiUrl(slowApi.baseUrl())
            .transport(transport.apply(Duration.ofSeconds(2)))
            .readTimeout(Duration.ofMillis(100))
            .interceptor(TestClients.retryInterceptor(this.time, 0.5, SegmentsRetryListener.NONE))
            .build();

    assertThatThrownBy(client::checkApiStatus)
        .isInstanceOf(SegmentsTimeoutException.class)
        .hasMessageContaining("after 4 attempts");
    assertThat(AttemptStubs.received(slowApi, "/api_status/", this.apiKey, 4)).hasSize(4);
    assertThat(this.time.sleeps()).hasSize(3);
  }
}
