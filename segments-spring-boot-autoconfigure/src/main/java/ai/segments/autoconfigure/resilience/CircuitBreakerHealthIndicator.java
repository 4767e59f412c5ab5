package ai.segments.autoconfigure.resilience;

import ai.segments.autoconfigure.health.SegmentsHealthIndicator;
import ai.segments.client.SegmentsClient;
import ai.segments.spring.resilience.CircuitBreakerSnapshot;
import ai.segments.spring.resilience.SegmentsCircuitBreaker;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import org.springframework.boot.actuate.health.Health;

/**
 * The {@code segments} health component when the client has a circuit breaker: while the breaker is
 * open it answers {@code OUT_OF_SERVICE} with the breaker's {@link
 * CircuitBreakerSnapshot#healthDetails() details} (reason, since, retryAt) without calling the API;
 * otherwise it checks the API like {@link SegmentsHealthIndicator} and adds the breaker state.
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
    if (snapshot.isOpen()) {
      return Health.outOfService()
          .withDetail("apiUrl", this.apiUrl)
          .withDetails(snapshot.healthDetails())
          .build();
    }
    Health checked = super.health();
    return Health.status(checked.getStatus())
        .withDetails(checked.getDetails())
        .withDetails(snapshot.healthDetails())
        .build();
  }
}
