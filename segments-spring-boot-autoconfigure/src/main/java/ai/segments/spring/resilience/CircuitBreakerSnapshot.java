package ai.segments.spring.resilience;

import java.time.Instant;

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
    CircuitState state, Instant since, Instant retryAt, String reason) {}
