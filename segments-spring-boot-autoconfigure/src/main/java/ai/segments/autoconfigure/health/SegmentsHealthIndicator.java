package ai.segments.autoconfigure.health;

import ai.segments.spring.health.SegmentsHealth;
import ai.segments.spring.health.SegmentsHealthCheck;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code segments} health component: what {@link SegmentsHealthCheck} finds (UP, UNKNOWN when
 * throttled, DOWN, OUT_OF_SERVICE while the circuit breaker is open), as this Boot line's {@link
 * Health}.
 *
 * @param check checks the API and caches the answer briefly
 */
public record SegmentsHealthIndicator(SegmentsHealthCheck check) implements HealthIndicator {

  @Override
  public Health health() {
    SegmentsHealth health = this.check.check();
    return Health.status(health.state().name()).withDetails(health.details()).build();
  }
}
