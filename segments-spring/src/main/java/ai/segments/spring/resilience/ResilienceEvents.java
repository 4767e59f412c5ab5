package ai.segments.spring.resilience;

import java.time.Duration;

/** Told what the overload protection does, e.g. to count it in metrics. */
public interface ResilienceEvents {

  /** Listens to nothing. */
  ResilienceEvents NONE = new ResilienceEvents() {};

  /**
   * A call got a permit of a limiting rate limiter.
   *
   * @param wait how long it waited for it
   */
  default void permitWaited(Duration wait) {}

  /** A retry was refused because the retry budget was spent. */
  default void budgetExhausted() {}

  /**
   * The circuit breaker changed state.
   *
   * @param from the state before
   * @param to the state after
   */
  default void breakerTransition(CircuitState from, CircuitState to) {}
}
