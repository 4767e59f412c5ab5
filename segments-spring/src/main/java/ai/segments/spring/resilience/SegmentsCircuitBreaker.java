package ai.segments.spring.resilience;

import ai.segments.client.call.SegmentsCall;
import ai.segments.client.exception.SegmentsException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowSynchronizationStrategy;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.github.resilience4j.circuitbreaker.event.CircuitBreakerOnStateTransitionEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The circuit breaker of a client: after {@code failureThreshold} consecutive attempts that got no
 * response or a 5xx answer, calls fail fast with a {@link SegmentsCircuitOpenException} for the
 * cool-down; then {@code probes} calls go through, and the breaker closes unless all of them fail.
 * Every other outcome (success, 4xx, 429) counts as the API being alive. Each transition is logged
 * once at WARN and reported to the {@link ResilienceEvents}; {@link #snapshot()} reads the state
 * without calling the API.
 *
 * <p>Built on Resilience4j's {@link CircuitBreaker} rather than a hand-rolled state machine or
 * Spring Retry's {@code CircuitBreakerRetryPolicy}: Resilience4j is well kept, lock-free on the
 * call path, has half-open probes, state-transition events and an injectable clock; Spring Retry's
 * policy counts failures within a time window on the wall clock, keeps its state in a retry context
 * cache meant for stateful retries of one call, has no limit on half-open calls and exposes no
 * state to report.
 */
public final class SegmentsCircuitBreaker {

  private static final Log logger = LogFactory.getLog(SegmentsCircuitBreaker.class);

  private final CircuitBreakerSettings settings;
  private final Clock clock;
  private final ResilienceEvents events;
  private final CircuitBreaker breaker;
  private volatile String lastFailure = "none";
  private volatile CircuitBreakerSnapshot snapshot;

  /**
   * Creates a closed breaker.
   *
   * @param settings threshold, cool-down and probes
   * @param clock the time the cool-down is measured on
   * @param events told about every transition
   */
  public SegmentsCircuitBreaker(
      CircuitBreakerSettings settings, Clock clock, ResilienceEvents events) {
    this.settings = settings;
    this.clock = clock;
    this.events = events;
    this.snapshot = new CircuitBreakerSnapshot(CircuitState.CLOSED, clock.instant(), null, null);
    CircuitBreakerConfig config =
        CircuitBreakerConfig.custom()
            .slidingWindow(
                settings.failureThreshold(),
                settings.failureThreshold(),
                SlidingWindowType.COUNT_BASED,
                SlidingWindowSynchronizationStrategy.LOCK_FREE)
            .failureRateThreshold(100)
            .waitDurationInOpenState(settings.coolDown())
            .permittedNumberOfCallsInHalfOpenState(settings.probes())
            .recordException(SegmentsCircuitBreaker::isOutage)
            .clock(clock)
            .build();
    this.breaker = CircuitBreaker.of("segments", config);
    this.breaker.getEventPublisher().onStateTransition(this::onTransition);
  }

  /**
   * Whether a failure says the API is out: no response, or a 5xx answer.
   *
   * @param failure the failure of an attempt
   * @return {@code true} for an outage
   */
  static boolean isOutage(Throwable failure) {
    return failure instanceof SegmentsException ex
        && !(ex instanceof SegmentsCircuitOpenException)
        && (ex.isTransportFailure() || ex.statusCode().orElse(0) >= 500);
  }

  /**
   * Lets an attempt through, or fails it fast.
   *
   * @param call the attempt
   * @throws SegmentsCircuitOpenException when the breaker is open, or half-open with all its probes
   *     under way
   */
  public void acquire(SegmentsCall call) {
    if (!this.breaker.tryAcquirePermission()) {
      CircuitBreakerSnapshot now = this.snapshot;
      Instant retryAt = (now.retryAt() != null) ? now.retryAt() : this.clock.instant();
      Duration rest = Duration.between(this.clock.instant(), retryAt);
      throw new SegmentsCircuitOpenException(
          call.operation().operationName(),
          String.valueOf(now.reason()),
          rest.isNegative() ? Duration.ZERO : rest);
    }
  }

  /** Records an attempt the API answered (successfully or with a non-5xx error). */
  public void succeeded() {
    this.breaker.onSuccess(0, TimeUnit.NANOSECONDS);
  }

  /**
   * Records a failed attempt: an outage failure counts towards opening, any other as success.
   *
   * @param failure the failure
   */
  public void failed(Throwable failure) {
    if (isOutage(failure)) {
      SegmentsException ex = (SegmentsException) failure;
      this.lastFailure =
          ex.getClass().getSimpleName()
              + ex.statusCode().stream().mapToObj(status -> " " + status).findFirst().orElse("");
    }
    this.breaker.onError(0, TimeUnit.NANOSECONDS, failure);
  }

  /**
   * The state now, without calling the API.
   *
   * @return the snapshot
   */
  public CircuitBreakerSnapshot snapshot() {
    return this.snapshot;
  }

  private void onTransition(CircuitBreakerOnStateTransitionEvent event) {
    CircuitState from = stateOf(event.getStateTransition().getFromState());
    CircuitState to = stateOf(event.getStateTransition().getToState());
    Instant now = this.clock.instant();
    String reason = reason(from, to);
    Instant retryAt = (to == CircuitState.OPEN) ? now.plus(this.settings.coolDown()) : null;
    this.snapshot = new CircuitBreakerSnapshot(to, now, retryAt, reason);
    logger.warn(describe(from, to, reason, retryAt));
    this.events.breakerTransition(from, to);
  }

  private String reason(CircuitState from, CircuitState to) {
    if (to == CircuitState.CLOSED) {
      return null;
    }
    if (to == CircuitState.HALF_OPEN) {
      return this.snapshot.reason();
    }
    String failures =
        (from == CircuitState.HALF_OPEN)
            ? "all " + this.settings.probes() + " probe calls failed"
            : this.settings.failureThreshold() + " consecutive failures";
    return failures + ", the last " + this.lastFailure;
  }

  private String describe(CircuitState from, CircuitState to, String reason, Instant retryAt) {
    String transition = "Segments API circuit breaker " + from + " -> " + to;
    return switch (to) {
      case OPEN -> transition + " (" + reason + "): calls fail fast until " + retryAt;
      case HALF_OPEN -> transition + ": letting " + this.settings.probes() + " probe calls through";
      case CLOSED -> transition + ": the API answers again";
    };
  }

  private static CircuitState stateOf(CircuitBreaker.State state) {
    return switch (state) {
      case CLOSED -> CircuitState.CLOSED;
      case HALF_OPEN -> CircuitState.HALF_OPEN;
      default -> CircuitState.OPEN;
    };
  }
}
