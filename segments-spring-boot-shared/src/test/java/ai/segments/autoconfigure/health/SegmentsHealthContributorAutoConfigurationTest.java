package ai.segments.autoconfigure.health;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.autoconfigure.support.BootLineNames;
import ai.segments.autoconfigure.support.BootTypes;
import ai.segments.autoconfigure.support.HealthContextRunners;
import ai.segments.spring.support.AttemptStubs;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class SegmentsHealthContributorAutoConfigurationTest {

  private static final String KEY = "health-auto-key";

  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final ApplicationContextRunner runner =
      HealthContextRunners.withHealthEndpoint(KEY, api.baseUrl());

  @Test
  void registersTheSegmentsComponentWithoutRetries() {
    AttemptStubs.answerAttempts(api, "/api_status/", aResponse().withStatus(503).withBody("{}"));
    this.runner.run(
        context -> {
          assertThat(context).hasBean("segmentsHealthIndicator");
          assertThat(BootTypes.segmentsHealthStatus(context)).isEqualTo("DOWN");
          assertThat(AttemptStubs.received(api, "/api_status/", KEY, 1)).hasSize(1);
        });
  }

  @Test
  void canBeSwitchedOff() {
    this.runner
        .withPropertyValues("management.health.segments.enabled=false")
        .run(context -> assertThat(context).doesNotHaveBean(SegmentsHealthIndicator.class));
  }

  @Test
  void isAbsentWithoutActuator() {
    this.runner
        .withClassLoader(new FilteredClassLoader(BootLineNames.HEALTH_INDICATOR))
        .run(context -> assertThat(context).doesNotHaveBean(SegmentsHealthIndicator.class));
  }

  @Test
  void aUserIndicatorOfTheSameNameWins() {
    BootTypes.withOwnHealthIndicator(this.runner)
        .run(
            context ->
                assertThat(context.getBean("segmentsHealthIndicator"))
                    .isNotInstanceOf(SegmentsHealthIndicator.class));
  }
}
