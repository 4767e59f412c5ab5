package ai.segments.autoconfigure.resilience;

import ai.segments.autoconfigure.health.SegmentsHealthIndicator;
import ai.segments.client.SegmentsClient;
import ai.segments.spring.resilience.CircuitBreakerSnapshot;
import ai.segments.spring.resilience.CircuitState;
import ai.segments.spring.resilience.SegmentsCircuitBreaker;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

/**
 * The {@code segments} health component when the client has a circuit breaker: while the breaker is
 * open it answers {@code OUT_OF_SERVICE} with the {@code reason}, {@code since} and {@code retryAt}
 * (when the next probe goes through) without calling the API; otherwise it checks the API like
 * {@link SegmentsHealthIndicator}. Every answer carries the breaker state ({@code circuitBreaker}:
 * {@code closed}, {@code half_open}, {@code open}).
 */
public class CircuitBreakerHealthIndicator extends SegmentsHealthIndicator {

  private final SegmentsCircuitBreaker breaker;
  private final URI apiUrl;

  /**
   * Creates the indicator.
   *
   * @param client a client with a short read timeout and without retries
   * @param cacheTtl how long an answer of the API is reused
   * @param clock measures latency and the age of the cached answer
   * @param breaker the breaker of the application's client
   */
  public CircuitBreakerHealthIndicator(
      SegmentsClient client, Duration cacheTtl, Clock clock, SegmentsCircuitBreaker breaker) {
    super(client, cacheTtl, clock);
    this.breaker = breaker;
    this.apiUrl = client.baseUrl();
  }

  @Override
  public Health health() {
    CircuitBreakerSnapshot snapshot = this.breaker.snapshot();
    if (snapshot.state() == CircuitState.OPEN) {
      return Health.outOfService()
          .withDetail("apiUrl", this.apiUrl)
          .withDetail("circuitBreaker", snapshot.state().tagValue())
          .withDetail("reason", snapshot.reason())
          .withDetail("since", snapshot.since().toString())
          .withDetail("retryAt", snapshot.retryAt().toString())
          .build();
    }
    Health checked = super.health();
    Status status = checked.getStatus();
    return Health.status(status)
        .withDetails(checked.getDetails())
        .withDetail("circuitBreaker", snapshot.state().tagValue())
        .build();
  }
}
