package ai.segments.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.autoconfigure.support.BootLineNames;
import ai.segments.autoconfigure.support.BootTypes;
import ai.segments.client.SegmentsClient;
import ai.segments.spring.observation.SegmentsObservationContext;
import ai.segments.spring.observation.SegmentsObservationConvention;
import ai.segments.spring.observation.SegmentsObservationInterceptor;
import ai.segments.spring.retry.SegmentsRetryListener;
import ai.segments.spring.support.AttemptStubs;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** With Spring Boot's observation and metrics auto-configuration, the timer and counter appear. */
class SegmentsObservationAutoConfigurationTest {

  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance()
          .options(WireMockConfiguration.wireMockConfig().dynamicPort())
          .build();

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              BootTypes.autoConfigurations(BootLineNames.METRICS_AUTO_CONFIGURATIONS))
          .withConfiguration(AutoConfigurations.of(SegmentsAutoConfiguration.class))
          .withPropertyValues(
              "segments.api-key=observed-key",
              "segments.api-url=" + api.baseUrl(),
              "segments.retry.initial-interval=1ms",
              "segments.retry.max-interval=5ms");

  @Test
  void bootsRegistriesRecordTheTimerAndTheRetries() {
    AttemptStubs.answerAttempts(
        api,
        "/api_status/",
        WireMock.aResponse().withStatus(429).withBody("{}"),
        WireMock.aResponse().withBody("{}"));

    this.runner.run(
        context -> {
          context.getBean(SegmentsClient.class).checkApiStatus();

          MeterRegistry meters = context.getBean(MeterRegistry.class);
          assertThat(meters).isInstanceOf(SimpleMeterRegistry.class);
          Timer timer = meters.get("segments.client.requests").timer();
          assertThat(timer.count()).isEqualTo(1);
          assertThat(timer.getId().getTags()).contains(Tag.of("status", "200"));
          assertThat(
                  meters
                      .get("segments.client.retries")
                      .tags("operation", "apiStatus", "reason", "throttled")
                      .counter()
                      .count())
              .isEqualTo(1);
        });
  }

  @Test
  void withoutRegistriesNothingIsRecordedAndNothingFails() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(SegmentsAutoConfiguration.class))
        .withPropertyValues("segments.api-key=k", "segments.verify-on-startup=false")
        .run(
            context -> {
              assertThat(context).hasSingleBean(SegmentsObservationInterceptor.class);
              assertThat(context.getBean("segmentsRetryMetrics"))
                  .isSameAs(SegmentsRetryListener.NONE);
            });
  }

  @Test
  void aCustomConventionIsUsed() {
    AttemptStubs.answerAttempts(api, "/api_status/", WireMock.aResponse().withBody("{}"));
    this.runner
        .withBean(SegmentsObservationConvention.class, CustomConvention::new)
        .run(
            context -> {
              assertThat(context.getBean(ObservationRegistry.class)).isNotNull();
              context.getBean(SegmentsClient.class).checkApiStatus();

              MeterRegistry meters = context.getBean(MeterRegistry.class);
              assertThat(meters.get("segments.custom").timer().count()).isEqualTo(1);
            });
  }

  static class CustomConvention implements SegmentsObservationConvention {
    @Override
    public String getName() {
      return "segments.custom";
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(SegmentsObservationContext context) {
      return KeyValues.of("operation", context.getOperation().operationName());
    }
  }
}
