package ai.segments.spring.health;

import java.util.Map;

/**
 * The Segments API's health as {@link SegmentsHealthCheck} saw it, independent of any Spring Boot
 * version's health types.
 *
 * @param state the state
 * @param details what the health endpoint shows next to the state, in order
 */
public record SegmentsHealth(State state, Map<String, Object> details) {

  /**
   * Copies the details.
   *
   * @param state the state
   * @param details the details
   */
  public SegmentsHealth {
    details = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(details));
  }

  /** The states, named as Spring Boot's health statuses. */
  public enum State {
    /** The API answered. */
    UP,
    /** The API could not be asked (it throttled the check). */
    UNKNOWN,
    /** The API is unreachable, rejects the key or fails. */
    DOWN,
    /** The client's circuit breaker is open: calls fail fast until it lets a probe through. */
    OUT_OF_SERVICE
  }
}
