package ai.segments.spring.resilience;

import static ai.segments.spring.resilience.Attempts.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import ai.segments.client.exception.SegmentsException;
import ai.segments.testfixtures.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The circuit breaker on a fake clock: closed, open, half-open and closed again. */
@ExtendWith(OutputCaptureExtension.class)
class SegmentsCircuitBreakerTest {

  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private final MutableClock clock = new MutableClock(START);
  private final List<String> transitions = new ArrayList<>();
  private final SegmentsCircuitBreaker breaker =
      new SegmentsCircuitBreaker(
          new CircuitBreakerSettings(3, Duration.ofSeconds(10), 2),
          this.clock,
          new ResilienceEvents() {
            @Override
            public void breakerTransition(CircuitState from, CircuitState to) {
              SegmentsCircuitBreakerTest.this.transitions.add(from + ">" + to);
            }
          });

  @Test
  void opensAfterConsecutiveOutageFailuresAndThenFailsFast(CapturedOutput output) {
    fail(Attempts.status(503));
    fail(Attempts.connectionRefused());
    assertThat(this.breaker.snapshot().state()).isEqualTo(CircuitState.CLOSED);
    fail(Attempts.status(500));

    CircuitBreakerSnapshot open = this.breaker.snapshot();
    assertThat(open.state()).isEqualTo(CircuitState.OPEN);
    assertThat(open.retryAt()).isEqualTo(START.plusSeconds(10));
    assertThat(open.reason()).isEqualTo("3 consecutive failures, the last NetworkException 500");
    assertThat(open.healthDetails())
        .containsExactly(
            entry("circuitBreaker", "open"),
            entry("reason", "3 consecutive failures, the last NetworkException 500"),
            entry("since", START.toString()),
            entry("retryAt", START.plusSeconds(10).toString()));
    this.clock.advance(Duration.ofSeconds(4));
    assertThatThrownBy(() -> this.breaker.acquire(call("k")))
        .isInstanceOfSatisfying(
            SegmentsCircuitOpenException.class,
            ex -> {
              assertThat(ex.retryAfter()).hasValue(Duration.ofSeconds(6));
              assertThat(ex.isSafeToRetry()).isTrue();
              assertThat(ex.statusCode()).isEmpty();
              assertThat(ex).hasMessageContaining("getDataset").hasMessageContaining("not sent");
            });
    assertThat(this.transitions).containsExactly("CLOSED>OPEN");
    assertThat(output.getOut().lines().filter(line -> line.contains("circuit breaker")))
        .singleElement()
        .satisfies(line -> assertThat(line).contains("WARN").contains("CLOSED -> OPEN"));
  }

  @Test
  void answersOtherThanOutagesKeepItClosed() {
    fail(Attempts.status(503));
    fail(Attempts.status(503));
    fail(Attempts.throttled());
    fail(Attempts.status(404));
    fail(Attempts.status(503));
    fail(Attempts.status(503));
    this.breaker.acquire(call("k"));
    this.breaker.succeeded();
    fail(Attempts.status(503));
    fail(Attempts.status(503));

    assertThat(this.breaker.snapshot().state()).isEqualTo(CircuitState.CLOSED);
  }

  @Test
  void afterTheCoolDownProbesGoThroughAndASuccessfulOneClosesIt(CapturedOutput output) {
    open();
    this.clock.advance(Duration.ofSeconds(10).plusMillis(1));

    this.breaker.acquire(call("k"));
    this.breaker.acquire(call("k"));
    assertThat(this.breaker.snapshot().state()).isEqualTo(CircuitState.HALF_OPEN);
    assertThatThrownBy(() -> this.breaker.acquire(call("k")))
        .isInstanceOf(SegmentsCircuitOpenException.class);
    this.breaker.failed(Attempts.status(503));
    this.breaker.succeeded();

    assertThat(this.breaker.snapshot().state()).isEqualTo(CircuitState.CLOSED);
    assertThat(this.breaker.snapshot().healthDetails())
        .containsExactly(entry("circuitBreaker", "closed"));
    assertThat(this.transitions)
        .containsExactly("CLOSED>OPEN", "OPEN>HALF_OPEN", "HALF_OPEN>CLOSED");
    assertThat(output.getOut().lines().filter(line -> line.contains("circuit breaker")))
        .hasSize(3)
        .allSatisfy(line -> assertThat(line).contains("WARN"));
  }

  @Test
  void reopensWhenAllProbesFail() {
    open();
    this.clock.advance(Duration.ofSeconds(11));
    this.breaker.acquire(call("k"));
    this.breaker.acquire(call("k"));
    this.breaker.failed(Attempts.status(503));
    this.breaker.failed(Attempts.connectionRefused());

    CircuitBreakerSnapshot reopened = this.breaker.snapshot();
    assertThat(reopened.state()).isEqualTo(CircuitState.OPEN);
    assertThat(reopened.retryAt()).isEqualTo(START.plusSeconds(21));
    assertThat(this.transitions).containsExactly("CLOSED>OPEN", "OPEN>HALF_OPEN", "HALF_OPEN>OPEN");
  }

  private void open() {
    for (int i = 0; i < 3; i++) {
      fail(Attempts.status(503));
    }
    assertThat(this.breaker.snapshot().state()).isEqualTo(CircuitState.OPEN);
  }

  private void fail(SegmentsException failure) {
    this.breaker.acquire(call("k"));
    this.breaker.failed(failure);
  }
}
