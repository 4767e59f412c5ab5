package ai.segments.spring.observation;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.SegmentsClient;
import ai.segments.client.exception.NetworkException;
import ai.segments.client.exception.NotFoundException;
import ai.segments.spring.support.AttemptStubs;
import ai.segments.spring.support.FakeSegmentsClock;
import ai.segments.spring.support.TestClients;
import ai.segments.testfixtures.RefusedPort;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The timer and the retries counter, with a {@link SimpleMeterRegistry}. */
class SegmentsObservationTest {

  private static final String UUID = "602a3eec-a61c-4a77-9fcc-3037ce5e9606";

  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

  private SegmentsClient client(String url) {
    ObservationRegistry observations = ObservationRegistry.create();
    observations.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
    return SegmentsClient.builder()
        .apiKey("metrics-key")
        .apiUrl(url)
        .interceptor(new SegmentsObservationInterceptor(observations, null))
        .interceptor(
            TestClients.retryInterceptor(
                new FakeSegmentsClock(), 0.5, new SegmentsRetryMetrics(this.meters)))
        .build();
  }

  private SegmentsClient client() {
    return client(api.baseUrl());
  }

  private static ResponseDefinitionBuilder json(int status, String body) {
    return aResponse()
        .withStatus(status)
        .withHeader("Content-Type", "application/json")
        .withBody(body);
  }

  private Timer onlyTimer() {
    assertThat(this.meters.find("segments.client.requests").timers()).hasSize(1);
    return this.meters.get("segments.client.requests").timer();
  }

  private static Tags tags(Meter meter) {
    return Tags.of(meter.getId().getTags());
  }

  private double retries(String operation, String reason) {
    return this.meters
        .get("segments.client.retries")
        .tag("operation", operation)
        .tag("reason", reason)
        .counter()
        .count();
  }

  @Test
  void aSuccessIsTaggedWithTheTemplateAndNoIdentifier() {
    AttemptStubs.answerAttempts(api, "/datasets/jane/flowers/samples/", json(200, "[]"));

    client().getSamples("jane/flowers");

    Timer timer = onlyTimer();
    assertThat(timer.count()).isEqualTo(1);
    // Micrometer's meter handler adds its own "error" tag to every timer.
    assertThat(tags(timer))
        .containsExactlyInAnyOrder(
            Tag.of("error", "none"),
            Tag.of("operation", "getSamples"),
            Tag.of("method", "GET"),
            Tag.of("uri", "/datasets/{owner}/{dataset}/samples/"),
            Tag.of("status", "200"),
            Tag.of("outcome", "SUCCESS"),
            Tag.of("exception", "none"));
    assertThat(tags(timer).stream().map(Tag::getValue))
        .noneMatch(value -> value.contains("jane") || value.contains("flowers"));
  }

  @Test
  void aNotFoundIsAClientError() {
    AttemptStubs.answerAttempts(api, "/samples/" + UUID + "/", json(404, "{\"detail\":\"x\"}"));

    assertThatThrownBy(() -> client().getSample(UUID)).isInstanceOf(NotFoundException.class);

    Timer timer = onlyTimer();
    assertThat(timer.count()).isEqualTo(1);
    assertThat(tags(timer))
        .contains(
            Tag.of("operation", "getSample"),
            Tag.of("uri", "/samples/{uuid}/"),
            Tag.of("status", "404"),
            Tag.of("outcome", "CLIENT_ERROR"),
            Tag.of("exception", "NotFoundException"));
    assertThat(tags(timer).stream().map(Tag::getValue)).noneMatch(value -> value.contains(UUID));
    assertThat(this.meters.find("segments.client.retries").counters()).isEmpty();
  }

  @Test
  void throttledThenSuccessIsOneTimerSampleAndOneRetry() {
    AttemptStubs.answerAttempts(api, "/api_status/", json(429, "{}"), json(200, "{}"));

    client().checkApiStatus();

    Timer timer = onlyTimer();
    assertThat(timer.count()).isEqualTo(1);
    assertThat(tags(timer))
        .contains(
            Tag.of("operation", "apiStatus"),
            Tag.of("status", "200"),
            Tag.of("outcome", "SUCCESS"),
            Tag.of("exception", "none"));
    assertThat(retries("apiStatus", "throttled")).isEqualTo(1);
  }

  @Test
  void exhaustedServerErrorsAreOneSampleAndThreeRetries() {
    AttemptStubs.answerAttempts(api, "/api_status/", json(503, "{}"));

    assertThatThrownBy(() -> client().checkApiStatus()).isInstanceOf(NetworkException.class);

    Timer timer = onlyTimer();
    assertThat(timer.count()).isEqualTo(1);
    assertThat(tags(timer))
        .contains(
            Tag.of("status", "503"),
            Tag.of("outcome", "SERVER_ERROR"),
            Tag.of("exception", "NetworkException"));
    assertThat(retries("apiStatus", "server_error")).isEqualTo(3);
  }

  @Test
  void noResponseIsAnIoError() {
    assertThatThrownBy(() -> client(RefusedPort.url()).checkApiStatus())
        .isInstanceOf(NetworkException.class);

    assertThat(tags(onlyTimer()))
        .contains(
            Tag.of("status", "IO_ERROR"),
            Tag.of("outcome", "UNKNOWN"),
            Tag.of("exception", "NetworkException"));
    assertThat(retries("apiStatus", "io_error")).isEqualTo(3);
    assertThat(onlyTimer().totalTime(TimeUnit.NANOSECONDS)).isGreaterThan(Duration.ZERO.toNanos());
  }
}
