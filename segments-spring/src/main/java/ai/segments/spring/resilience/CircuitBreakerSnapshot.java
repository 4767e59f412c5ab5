package ai.segments.spring.resilience;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the circuit breaker knows now, read without calling the API (e.g. by a health check).
 *
 * @param state the state
 * @param since when it entered the state
 * @param retryAt when an open breaker lets the next probe through; {@code null} unless open
 * @param reason why it opened, e.g. {@code 5 consecutive failures, the last NetworkException 503};
 *     {@code null} unless open or half-open
 */
public record CircuitBreakerSnapshot(
    CircuitState state, Instant since, Instant retryAt, String reason) {

  /**
   * Whether calls fail fast now: a health check reports the API out of service without asking it.
   *
   * @return {@code true} when open
   */
  public boolean isOpen() {
    return this.state == CircuitState.OPEN;
  }

  /**
   * The health details of the breaker, independent of any Spring Boot version's health types:
   * {@code circuitBreaker} ({@code closed}, {@code half_open}, {@code open}) and, where known,
   * {@code reason}, {@code since} and {@code retryAt}.
   *
   * @return the details, in that order
   */
  public Map<String, Object> healthDetails() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("circuitBreaker", this.state.tagValue());
    if (this.state != CircuitState.CLOSED) {
      details.put("reason", this.reason);
      details.put("since", this.since.toString());
    }
    if (this.retryAt != null) {
      details.put("retryAt", this.retryAt.toString());
    }
    return details;
  }
}
