package ai.segments.autoconfigure;

import ai.segments.spring.resilience.CircuitBreakerSettings;
import ai.segments.spring.resilience.RateLimitSettings;
import ai.segments.spring.resilience.ResilienceEvents;
import ai.segments.spring.resilience.ResilienceMetrics;
import ai.segments.spring.resilience.RetryBudget;
import ai.segments.spring.resilience.SegmentsCircuitBreaker;
import ai.segments.spring.resilience.SegmentsClock;
import ai.segments.spring.resilience.SegmentsRateLimiter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The overload protection of the auto-configured client, each part on unless switched off: the rate
 * limiter ({@code segments.rate-limit.mode=off}), the retry budget ({@code
 * segments.retry.budget.enabled=false}; also off without retries) and the circuit breaker ({@code
 * segments.circuit-breaker.enabled=false}). {@link SegmentsInterceptorConfiguration} adds their
 * interceptors right inside the retry interceptor: once per attempt, the breaker outside the rate
 * limiter. Meters go to the context's {@link MeterRegistry}, if any.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({
  SegmentsRateLimitProperties.class,
  SegmentsCircuitBreakerProperties.class
})
public class SegmentsResilienceConfiguration {

  /** Creates the configuration. */
  public SegmentsResilienceConfiguration() {}

  /**
   * The rate limiter of the auto-configured client, one limit per API key.
   *
   * @param properties {@code segments.rate-limit.*}
   * @param retry {@code segments.retry.max-interval} bounds the wait for a permit
   * @param registry the meter registry, if any
   * @return the limiter
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnExpression("'${segments.rate-limit.mode:adaptive}'.toLowerCase() != 'off'")
  public SegmentsRateLimiter segmentsRateLimiter(
      SegmentsRateLimitProperties properties,
      SegmentsRetryProperties retry,
      ObjectProvider<MeterRegistry> registry) {
    Optional<ResilienceMetrics> metrics = metrics(registry);
    RateLimitSettings settings =
        new RateLimitSettings(
            properties.getMode(),
            (properties.getRate() != null) ? properties.getRate() : 0,
            properties.getMinimumRate(),
            retry.getMaxInterval());
    SegmentsRateLimiter limiter =
        new SegmentsRateLimiter(settings, SegmentsClock.system(), events(metrics));
    metrics.ifPresent(m -> m.bindRateLimiter(limiter));
    return limiter;
  }

  /**
   * The retry budget the retry template draws from.
   *
   * @param properties {@code segments.retry.*}, whose {@code budget.*} sizes it
   * @param registry the meter registry, if any
   * @return the budget
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(
      name = {"segments.retry.enabled", "segments.retry.budget.enabled"},
      havingValue = "true",
      matchIfMissing = true)
  public RetryBudget segmentsRetryBudget(
      SegmentsRetryProperties properties, ObjectProvider<MeterRegistry> registry) {
    SegmentsRetryProperties.Budget budget = properties.getBudget();
    return new RetryBudget(budget.getRatio(), budget.getCapacity(), events(metrics(registry)));
  }

  /**
   * The circuit breaker of the auto-configured client.
   *
   * @param properties {@code segments.circuit-breaker.*}
   * @param registry the meter registry, if any
   * @return the breaker
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(
      prefix = "segments.circuit-breaker",
      name = "enabled",
      havingValue = "true",
      matchIfMissing = true)
  public SegmentsCircuitBreaker segmentsCircuitBreaker(
      SegmentsCircuitBreakerProperties properties, ObjectProvider<MeterRegistry> registry) {
    Optional<ResilienceMetrics> metrics = metrics(registry);
    SegmentsCircuitBreaker breaker =
        new SegmentsCircuitBreaker(
            new CircuitBreakerSettings(
                properties.getFailureThreshold(), properties.getCoolDown(), properties.getProbes()),
            SegmentsClock.system(),
            events(metrics));
    metrics.ifPresent(m -> m.bindCircuitBreaker(breaker));
    return breaker;
  }

  private static ResilienceEvents events(Optional<ResilienceMetrics> metrics) {
    return metrics.<ResilienceEvents>map(m -> m).orElse(ResilienceEvents.NONE);
  }

  private static Optional<ResilienceMetrics> metrics(ObjectProvider<MeterRegistry> registry) {
    return Optional.ofNullable(registry.getIfUnique()).map(ResilienceMetrics::new);
  }
}
