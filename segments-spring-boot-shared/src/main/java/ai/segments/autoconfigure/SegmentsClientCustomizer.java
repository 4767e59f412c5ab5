package ai.segments.autoconfigure;

import ai.segments.client.SegmentsClient;
import org.springframework.core.Ordered;

/**
 * Adjusts the auto-configured {@link SegmentsClient} before it is built, e.g. to add an {@link
 * ai.segments.client.call.SegmentsCallInterceptor}.
 *
 * <p>This is the one way interceptors reach the auto-configured client: customizer beans are
 * applied in {@link org.springframework.core.annotation.Order order}, after the settings from
 * {@link SegmentsProperties}, and {@link SegmentsClient.Builder#interceptor interceptors} added
 * first are outermost. The starter's own customizers come first, at the orders below, so the chain
 * is, outermost first: observation ({@value #OBSERVATION_ORDER}), retry ({@value #RETRY_ORDER}),
 * circuit breaker ({@value #CIRCUIT_BREAKER_ORDER}), rate limiter ({@value #RATE_LIMIT_ORDER}),
 * then the application's customizers (unordered ones last), whose interceptors therefore run once
 * per attempt. An application customizer ordered between two of these orders places its interceptor
 * between those two.
 */
@FunctionalInterface
public interface SegmentsClientCustomizer {

  /** The order of the customizer that adds the observation interceptor: outermost. */
  int OBSERVATION_ORDER = Ordered.HIGHEST_PRECEDENCE;

  /** The order of the customizer that adds the retry interceptor: inside the observation. */
  int RETRY_ORDER = OBSERVATION_ORDER + 10;

  /** The order of the customizer that adds the circuit breaker: once per attempt. */
  int CIRCUIT_BREAKER_ORDER = RETRY_ORDER + 10;

  /** The order of the customizer that adds the rate limiter: inside the breaker. */
  int RATE_LIMIT_ORDER = CIRCUIT_BREAKER_ORDER + 10;

  /**
   * Customizes the builder.
   *
   * @param builder the builder of the auto-configured client
   */
  void customize(SegmentsClient.Builder builder);
}
