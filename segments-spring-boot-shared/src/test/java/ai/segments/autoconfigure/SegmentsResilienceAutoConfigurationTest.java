package ai.segments.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.autoconfigure.support.BootTypes;
import ai.segments.autoconfigure.support.HealthContextRunners;
import ai.segments.client.SegmentsClient;
import ai.segments.client.exception.NetworkException;
import ai.segments.spring.resilience.CircuitState;
import ai.segments.spring.resilience.ResilienceMetrics;
import ai.segments.spring.resilience.RetryBudget;
import ai.segments.spring.resilience.SegmentsCircuitBreaker;
import ai.segments.spring.resilience.SegmentsCircuitOpenException;
import ai.segments.spring.resilience.SegmentsRateLimiter;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The overload protection of the auto-configured client over real HTTP (a WireMock stub): beans and
 * switches, validation, the breaker failing fast, the health component and the meters.
 */
class SegmentsResilienceAutoConfigurationTest {

  private static final String KEY = "resilience-test-key";
  private static final String DATASET = "/datasets/jane/flowers/";

  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final ApplicationContextRunner runner =
      HealthContextRunners.withHealthEndpoint(KEY, api.baseUrl())
          .withPropertyValues("segments.retry.initial-interval=1ms")
          .withBean(MeterRegistry.class, SimpleMeterRegistry::new);

  @BeforeEach
  void serverError() {
    api.resetAll();
    api.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(503)));
  }

  @Test
  void allThreeAreOnByDefault() {
    this.runner.run(
        context ->
            assertThat(context)
                .hasSingleBean(SegmentsRateLimiter.class)
                .hasSingleBean(RetryBudget.class)
                .hasSingleBean(SegmentsCircuitBreaker.class));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "segments.rate-limit.mode=off, ai.segments.spring.resilience.SegmentsRateLimiter",
    "segments.rate-limit.mode=OFF, ai.segments.spring.resilience.SegmentsRateLimiter",
    "segments.retry.budget.enabled=false, ai.segments.spring.resilience.RetryBudget",
    "segments.retry.enabled=false, ai.segments.spring.resilience.RetryBudget",
    "segments.circuit-breaker.enabled=false, ai.segments.spring.resilience.SegmentsCircuitBreaker"
  })
  void eachCanBeSwitchedOff(String property, Class<?> type) {
    this.runner
        .withPropertyValues(property)
        .run(
            context -> {
              assertThat(context).hasNotFailed().doesNotHaveBean(type);
              assertThat(context).hasSingleBean(SegmentsClient.class);
            });
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "segments.rate-limit.mode=fixed, segments.rate-limit.rate",
    "segments.rate-limit.minimum-rate=0, segments.rate-limit.minimum-rate",
    "segments.retry.budget.ratio=1.5, segments.retry.budget.ratio",
    "segments.retry.budget.capacity=0, segments.retry.budget.capacity",
    "segments.circuit-breaker.failure-threshold=0, segments.circuit-breaker.failure-threshold",
    "segments.circuit-breaker.cool-down=0s, segments.circuit-breaker.cool-down",
    "segments.circuit-breaker.probes=0, segments.circuit-breaker.probes"
  })
  void anInvalidValueFailsTheStartupNamingTheProperty(String setting, String property) {
    this.runner.withPropertyValues(setting).run(StartupFailures.namingProperty(property));
  }

  @Test
  void aFixedRateIsAccepted() {
    this.runner
        .withPropertyValues("segments.rate-limit.mode=fixed", "segments.rate-limit.rate=5")
        .run(
            context ->
                assertThat(context.getBean(SegmentsRateLimiter.class).permittedRate("any"))
                    .isEqualTo(5.0));
  }

  @Test
  void anOpenBreakerFailsCallsFastAndShowsInTheHealthWithoutCallingTheApi() {
    this.runner
        .withPropertyValues("segments.circuit-breaker.failure-threshold=4")
        .run(
            context -> {
              SegmentsClient client = context.getBean(SegmentsClient.class);
              assertThatThrownBy(() -> client.getDataset("jane/flowers"))
                  .isInstanceOf(NetworkException.class);
              assertThat(received()).isEqualTo(4);

              assertThatThrownBy(() -> client.getDataset("jane/flowers"))
                  .isInstanceOf(SegmentsCircuitOpenException.class)
                  .hasMessageContaining("4 consecutive failures");
              String status = BootTypes.segmentsHealthStatus(context);
              Map<String, Object> details = BootTypes.segmentsHealthDetails(context);

              assertThat(received()).isEqualTo(4);
              assertThat(api.findAll(anyRequestedFor(urlPathMatching("/api_status/?")))).isEmpty();
              assertThat(status).isEqualTo("OUT_OF_SERVICE");
              assertThat(details)
                  .containsEntry("circuitBreaker", "open")
                  .containsEntry("reason", "4 consecutive failures, the last NetworkException 503")
                  .containsKeys("since", "retryAt", "apiUrl");
              assertThat(details.toString()).doesNotContain(KEY);
            });
  }

  @Test
  void theMetersShowRateBudgetAndBreaker() {
    this.runner
        .withPropertyValues(
            "segments.circuit-breaker.failure-threshold=2", "segments.retry.budget.capacity=1")
        .run(
            context -> {
              SegmentsClient client = context.getBean(SegmentsClient.class);
              assertThatThrownBy(() -> client.getDataset("jane/flowers"))
                  .isInstanceOf(NetworkException.class);
              MeterRegistry meters = context.getBean(MeterRegistry.class);

              assertThat(received()).isEqualTo(2);
              assertThat(meters.get(ResilienceMetrics.BUDGET_EXHAUSTED).counter().count())
                  .isEqualTo(1);
              assertThat(meters.get(ResilienceMetrics.BREAKER_STATE).gauge().value())
                  .isEqualTo(CircuitState.OPEN.gaugeValue());
              assertThat(
                      meters
                          .get(ResilienceMetrics.BREAKER_TRANSITIONS)
                          .tags("from", "closed", "to", "open")
                          .counter()
                          .count())
                  .isEqualTo(1);
              assertThat(meters.get(ResilienceMetrics.PERMITTED_RATE).gauge().value()).isNaN();
              assertThat(meters.find(ResilienceMetrics.PERMIT_WAIT).timer()).isNotNull();
            });
  }

  private static int received() {
    return api.findAll(anyRequestedFor(urlPathMatching(DATASET))).size();
  }
}
