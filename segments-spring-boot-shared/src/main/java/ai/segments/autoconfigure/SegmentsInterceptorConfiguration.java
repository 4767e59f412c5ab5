package ai.segments.autoconfigure;

import ai.segments.spring.observation.SegmentsObservationInterceptor;
import ai.segments.spring.resilience.CircuitBreakerInterceptor;
import ai.segments.spring.resilience.RateLimitInterceptor;
import ai.segments.spring.resilience.SegmentsCircuitBreaker;
import ai.segments.spring.resilience.SegmentsRateLimiter;
import ai.segments.spring.retry.SegmentsRetryInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Adds the starter's interceptors to the auto-configured client, each through a {@link
 * SegmentsClientCustomizer} at its documented order (see there): observation, retry, circuit
 * breaker, rate limiter, outermost first. Each adds its interceptor only when the part is on.
 */
@Configuration(proxyBeanMethods = false)
public class SegmentsInterceptorConfiguration {

  /** Creates the configuration. */
  public SegmentsInterceptorConfiguration() {}

  /**
   * Adds the observation interceptor (one {@code segments.client.requests} observation per logical
   * call).
   *
   * @param observation the interceptor, if any
   * @return the customizer
   */
  @Bean
  @Order(SegmentsClientCustomizer.OBSERVATION_ORDER)
  public SegmentsClientCustomizer segmentsObservationCustomizer(
      ObjectProvider<SegmentsObservationInterceptor> observation) {
    return builder -> observation.ifAvailable(builder::interceptor);
  }

  /**
   * Adds the retry interceptor, unless {@code segments.retry.enabled=false}.
   *
   * @param retry the interceptor, unless retries are off
   * @return the customizer
   */
  @Bean
  @Order(SegmentsClientCustomizer.RETRY_ORDER)
  public SegmentsClientCustomizer segmentsRetryCustomizer(
      ObjectProvider<SegmentsRetryInterceptor> retry) {
    return builder -> retry.ifAvailable(builder::interceptor);
  }

  /**
   * Adds the circuit breaker's interceptor, unless {@code segments.circuit-breaker.enabled=false}.
   *
   * @param breaker the circuit breaker, unless off
   * @return the customizer
   */
  @Bean
  @Order(SegmentsClientCustomizer.CIRCUIT_BREAKER_ORDER)
  public SegmentsClientCustomizer segmentsCircuitBreakerCustomizer(
      ObjectProvider<SegmentsCircuitBreaker> breaker) {
    return builder ->
        breaker.ifAvailable(b -> builder.interceptor(new CircuitBreakerInterceptor(b)));
  }

  /**
   * Adds the rate limiter's interceptor, unless {@code segments.rate-limit.mode=off}.
   *
   * @param limiter the rate limiter, unless off
   * @return the customizer
   */
  @Bean
  @Order(SegmentsClientCustomizer.RATE_LIMIT_ORDER)
  public SegmentsClientCustomizer segmentsRateLimitCustomizer(
      ObjectProvider<SegmentsRateLimiter> limiter) {
    return builder -> limiter.ifAvailable(l -> builder.interceptor(new RateLimitInterceptor(l)));
  }
}
