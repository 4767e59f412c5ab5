package ai.segments.autoconfigure;

import ai.segments.spring.observation.SegmentsObservationConvention;
import ai.segments.spring.observation.SegmentsObservationInterceptor;
import ai.segments.spring.observation.SegmentsRetryMetrics;
import ai.segments.spring.retry.SegmentsRetryListener;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The observation interceptor, on the context's {@link ObservationRegistry} (so Spring Boot's meter
 * and tracing handlers apply), and the retries counter when a {@link MeterRegistry} exists.
 */
@Configuration(proxyBeanMethods = false)
public class SegmentsObservationConfiguration {

  /** Creates the configuration. */
  public SegmentsObservationConfiguration() {}

  /**
   * The observation interceptor.
   *
   * @param registry the observation registry; without one, calls are not observed
   * @param convention a custom convention, if any
   * @return the interceptor
   */
  @Bean
  @ConditionalOnMissingBean
  public SegmentsObservationInterceptor segmentsObservationInterceptor(
      ObjectProvider<ObservationRegistry> registry,
      ObjectProvider<SegmentsObservationConvention> convention) {
    return new SegmentsObservationInterceptor(
        registry.getIfUnique(() -> ObservationRegistry.NOOP), convention.getIfUnique());
  }

  /**
   * Counts retries in {@code segments.client.retries}.
   *
   * @param registry the meter registry; without one, retries are not counted
   * @return the retry listener
   */
  @Bean
  @ConditionalOnMissingBean(name = "segmentsRetryMetrics")
  public SegmentsRetryListener segmentsRetryMetrics(ObjectProvider<MeterRegistry> registry) {
    MeterRegistry meters = registry.getIfUnique();
    return (meters != null) ? new SegmentsRetryMetrics(meters) : SegmentsRetryListener.NONE;
  }
}
