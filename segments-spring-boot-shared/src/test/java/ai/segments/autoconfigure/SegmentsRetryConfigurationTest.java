package ai.segments.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.SegmentsClient;
import ai.segments.spring.retry.ThrottledRetryWait;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.retry.RetryCallback;
import org.springframework.retry.RetryContext;
import org.springframework.retry.RetryListener;
import org.springframework.retry.support.RetryTemplate;

/**
 * The retry template bean neither takes nor hijacks an application's own, is replaceable, and
 * leaves the wait before a throttled attempt's retry to the adaptive rate limiter when there is
 * one.
 */
class SegmentsRetryConfigurationTest {

  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(SegmentsAutoConfiguration.class))
          .withPropertyValues("segments.api-key=retry-key", "segments.api-url=" + api.baseUrl());

  @BeforeEach
  void stub() {
    api.stubFor(get(urlPathEqualTo("/api_status/")).willReturn(aResponse().withBody("{}")));
  }

  @Test
  void anApplicationsRetryTemplateIsNeitherTakenNorHijacked() {
    this.runner
        .withUserConfiguration(ApplicationRetry.class)
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              ApplicationRetry application = context.getBean(ApplicationRetry.class);
              assertThat(context.getBean(RetryConsumer.class).template)
                  .isSameAs(context.getBean("applicationRetryTemplate"));
              assertThat(context.getBean("segmentsRetryTemplate"))
                  .isNotSameAs(context.getBean("applicationRetryTemplate"));

              context.getBean(SegmentsClient.class).checkApiStatus();

              assertThat(application.opened).hasValue(0);
            });
  }

  @Test
  void aBeanNamedSegmentsRetryTemplateReplacesOurs() {
    this.runner
        .withUserConfiguration(ReplacedRetry.class)
        .run(
            context -> {
              ReplacedRetry replaced = context.getBean(ReplacedRetry.class);
              assertThat(context.getBean("segmentsRetryTemplate"))
                  .isSameAs(context.getBean(ReplacedRetry.class).template);

              context.getBean(SegmentsClient.class).checkApiStatus();

              assertThat(replaced.opened).hasValue(1);
            });
  }

  @Test
  void theAdaptiveRateLimiterPacesThrottledRetries() {
    this.runner.run(
        context ->
            assertThat(context.getBean("segmentsRetryTemplate"))
                .extracting("backOffPolicy")
                .extracting("throttledWait")
                .isEqualTo(ThrottledRetryWait.RATE_LIMITER));
  }

  @ParameterizedTest
  @ValueSource(strings = {"fixed", "off"})
  void withoutTheAdaptiveRateLimiterThrottledRetriesWaitForRetryAfter(String mode) {
    this.runner
        .withPropertyValues("segments.rate-limit.mode=" + mode, "segments.rate-limit.rate=5")
        .run(
            context ->
                assertThat(context.getBean("segmentsRetryTemplate"))
                    .extracting("backOffPolicy")
                    .extracting("throttledWait")
                    .isEqualTo(ThrottledRetryWait.RETRY_AFTER));
  }

  static RetryTemplate counting(AtomicInteger opened) {
    RetryTemplate template = new RetryTemplate();
    template.registerListener(
        new RetryListener() {
          @Override
          public <T, E extends Throwable> boolean open(
              RetryContext context, RetryCallback<T, E> callback) {
            opened.incrementAndGet();
            return true;
          }
        });
    return template;
  }

  /** A service that injects a {@link RetryTemplate} by type. */
  record RetryConsumer(RetryTemplate template) {}

  @Configuration(proxyBeanMethods = false)
  static class ApplicationRetry {
    final AtomicInteger opened = new AtomicInteger();

    @Bean
    RetryTemplate applicationRetryTemplate() {
      return counting(this.opened);
    }

    @Bean
    RetryConsumer retryConsumer(RetryTemplate template) {
      return new RetryConsumer(template);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class ReplacedRetry {
    final AtomicInteger opened = new AtomicInteger();
    final RetryTemplate template = counting(this.opened);

    @Bean
    RetryTemplate segmentsRetryTemplate() {
      return this.template;
    }
  }
}
