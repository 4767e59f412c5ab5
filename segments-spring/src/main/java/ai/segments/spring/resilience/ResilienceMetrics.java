package ai.segments.spring.resilience;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * The meters of the overload protection, all under {@code segments.client}: the permitted rate
 * (gauge {@value #PERMITTED_RATE}), permits waited for (timer {@value #PERMIT_WAIT}), retries the
 * budget refused (counter {@value #BUDGET_EXHAUSTED}), the breaker's state (gauge {@value
 * #BREAKER_STATE}: 0 closed, 1 half-open, 2 open) and its transitions (counter {@value
 * #BREAKER_TRANSITIONS}, tagged {@code from} and {@code to}). No tag holds an identifier.
 */
public final class ResilienceMetrics implements ResilienceEvents {

  /** The gauge of the permitted rate, requests per second of all limited keys; NaN when none. */
  public static final String PERMITTED_RATE = "segments.client.rate-limit.permitted-rate";

  /** The timer of the waits for a permit. */
  public static final String PERMIT_WAIT = "segments.client.rate-limit.wait";

  /** The counter of retries the budget refused. */
  public static final String BUDGET_EXHAUSTED = "segments.client.retry.budget.exhausted";

  /** The gauge of the breaker state. */
  public static final String BREAKER_STATE = "segments.client.circuit-breaker.state";

  /** The counter of breaker transitions. */
  public static final String BREAKER_TRANSITIONS = "segments.client.circuit-breaker.transitions";

  private final MeterRegistry registry;
  private final Timer permitWait;
  private final Counter budgetExhausted;

  /**
   * Creates the meters.
   *
   * @param registry where they live
   */
  public ResilienceMetrics(MeterRegistry registry) {
    this.registry = registry;
    this.permitWait =
        Timer.builder(PERMIT_WAIT)
            .description("Waits of Segments API calls for a permit of the client's rate limit")
            .register(registry);
    this.budgetExhausted =
        Counter.builder(BUDGET_EXHAUSTED)
            .description("Retries of Segments API calls refused because the retry budget was spent")
            .register(registry);
  }

  /**
   * Adds the permitted-rate gauge of a rate limiter.
   *
   * @param limiter the limiter
   */
  public void bindRateLimiter(SegmentsRateLimiter limiter) {
    Gauge.builder(PERMITTED_RATE, limiter, SegmentsRateLimiter::permittedRate)
        .description("Requests per second the client's rate limit permits (NaN: not limited)")
        .baseUnit("requests/s")
        .register(this.registry);
  }

  /**
   * Adds the state gauge of a circuit breaker.
   *
   * @param breaker the breaker
   */
  public void bindCircuitBreaker(SegmentsCircuitBreaker breaker) {
    Gauge.builder(BREAKER_STATE, breaker, b -> b.snapshot().state().gaugeValue())
        .description("State of the Segments API circuit breaker: 0 closed, 1 half-open, 2 open")
        .register(this.registry);
  }

  @Override
  public void permitWaited(Duration wait) {
    this.permitWait.record(wait);
  }

  @Override
  public void budgetExhausted() {
    this.budgetExhausted.increment();
  }

  @Override
  public void breakerTransition(CircuitState from, CircuitState to) {
    Counter.builder(BREAKER_TRANSITIONS)
        .description("Transitions of the Segments API circuit breaker")
        .tag("from", from.tagValue())
        .tag("to", to.tagValue())
        .register(this.registry)
        .increment();
  }
}
