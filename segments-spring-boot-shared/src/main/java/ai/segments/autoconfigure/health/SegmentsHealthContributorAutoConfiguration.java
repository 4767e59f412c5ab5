package ai.segments.autoconfigure.health;

import ai.segments.autoconfigure.BootLine;
import ai.segments.autoconfigure.SegmentsAutoConfiguration;
import ai.segments.autoconfigure.SegmentsClientBuilderFactory;
import ai.segments.client.SegmentsClient;
import ai.segments.spring.health.SegmentsHealthCheck;
import ai.segments.spring.resilience.SegmentsCircuitBreaker;
import ai.segments.spring.resilience.SegmentsClock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * Registers {@link SegmentsHealthIndicator} as the {@code segments} health component when Actuator
 * is present and {@code management.health.segments.enabled} (or else {@code
 * management.health.defaults.enabled}) is not {@code false}.
 */
@AutoConfiguration(after = SegmentsAutoConfiguration.class)
@ConditionalOnClass(name = BootLine.HEALTH_INDICATOR)
@ConditionalOnBean({SegmentsClient.class, SegmentsClientBuilderFactory.class})
@Conditional(OnSegmentsHealthEnabledCondition.class)
public class SegmentsHealthContributorAutoConfiguration {

  /** The read timeout of the health check's requests. */
  public static final Duration HEALTH_READ_TIMEOUT = Duration.ofSeconds(5);

  /** How long a health answer is reused. */
  public static final Duration HEALTH_CACHE_TTL = Duration.ofSeconds(10);

  /** Creates the configuration. */
  public SegmentsHealthContributorAutoConfiguration() {}

  /**
   * The indicator, on a client of its own: same connection and key, a short read timeout, and no
   * retry or observation interceptors.
   *
   * @param clients starts clients with the auto-configured settings
   * @param breaker the client's circuit breaker, if any: an open one is reported without a check
   * @return the indicator
   */
  @Bean
  @ConditionalOnMissingBean(name = "segmentsHealthIndicator")
  public SegmentsHealthIndicator segmentsHealthIndicator(
      SegmentsClientBuilderFactory clients, ObjectProvider<SegmentsCircuitBreaker> breaker) {
    SegmentsClient client = clients.builder().readTimeout(HEALTH_READ_TIMEOUT).build();
    SegmentsCircuitBreaker circuit = breaker.getIfAvailable();
    return new SegmentsHealthIndicator(
        new SegmentsHealthCheck(
            client,
            HEALTH_CACHE_TTL,
            SegmentsClock.system(),
            (circuit != null) ? circuit::snapshot : null));
  }
}
