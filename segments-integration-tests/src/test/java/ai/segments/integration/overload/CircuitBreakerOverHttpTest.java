package ai.segments.integration.overload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.SegmentsClient;
import ai.segments.client.exception.NetworkException;
import ai.segments.emulator.Seed;
import ai.segments.emulator.SegmentsEmulator;
import ai.segments.emulator.SegmentsEmulatorExtension;
import ai.segments.spring.resilience.CircuitBreakerInterceptor;
import ai.segments.spring.resilience.CircuitBreakerSettings;
import ai.segments.spring.resilience.CircuitState;
import ai.segments.spring.resilience.ResilienceEvents;
import ai.segments.spring.resilience.SegmentsCircuitBreaker;
import ai.segments.spring.resilience.SegmentsCircuitOpenException;
import ai.segments.testfixtures.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The circuit breaker over real HTTP, its cool-down on a fake clock: opens on an outage, fails fast
 * without requests, probes after the cool-down, closes when the API answers again.
 */
class CircuitBreakerOverHttpTest {

  @RegisterExtension
  static final SegmentsEmulatorExtension EMULATOR =
      new SegmentsEmulatorExtension(SegmentsEmulator.builder().seed(Seed.DEMO));

  private static final String DATASET = "demo/flowers";

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final SegmentsCircuitBreaker breaker =
      new SegmentsCircuitBreaker(
          new CircuitBreakerSettings(8, Duration.ofSeconds(30), 2),
          this.clock,
          ResilienceEvents.NONE);
  private SegmentsClient client;

  @BeforeEach
  void client(SegmentsEmulator emulator) {
    this.client =
        ProtectedClients.client(emulator, null, new CircuitBreakerInterceptor(this.breaker));
  }

  @Test
  void opensOnAnOutageFailsFastThenProbesAndClosesWhenTheApiAnswersAgain(
      SegmentsEmulator emulator) {
    emulator.faults().forAnyRequest().status(503);
    assertThatThrownBy(() -> this.client.getDataset(DATASET)).isInstanceOf(NetworkException.class);
    assertThatThrownBy(() -> this.client.getDataset(DATASET))
        .isInstanceOf(NetworkException.class)
        .isNotInstanceOf(SegmentsCircuitOpenException.class);
    assertThat(this.breaker.snapshot().state()).isEqualTo(CircuitState.OPEN);
    assertThat(emulator.requestLog().size()).isEqualTo(8);

    for (int i = 0; i < 10; i++) {
      assertThatThrownBy(() -> this.client.getDataset(DATASET))
          .isInstanceOf(SegmentsCircuitOpenException.class);
    }
    assertThat(emulator.requestLog().size()).isEqualTo(8);

    emulator.faults().clear();
    this.clock.advance(Duration.ofSeconds(31));
    assertThat(this.client.getDataset(DATASET).fullName()).isEqualTo(DATASET);
    assertThat(this.breaker.snapshot().state()).isEqualTo(CircuitState.HALF_OPEN);
    assertThat(this.client.getUser().username()).isEqualTo("demo");

    assertThat(this.breaker.snapshot().state()).isEqualTo(CircuitState.CLOSED);
    for (int i = 0; i < 10; i++) {
      this.client.getDataset(DATASET);
    }
    assertThat(emulator.requestLog().size()).isEqualTo(8 + 2 + 10);
  }

  @Test
  void probesThatFailOpenItAgainForAnotherCoolDown(SegmentsEmulator emulator) {
    emulator.faults().forAnyRequest().status(503);
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> this.client.getDataset(DATASET))
          .isInstanceOf(NetworkException.class);
    }
    this.clock.advance(Duration.ofSeconds(31));

    assertThatThrownBy(() -> this.client.getDataset(DATASET))
        .isInstanceOf(SegmentsCircuitOpenException.class)
        .hasMessageContaining("all 2 probe calls failed, the last NetworkException 503");
    assertThat(this.breaker.snapshot().state()).isEqualTo(CircuitState.OPEN);
    assertThat(this.breaker.snapshot().retryAt()).isEqualTo(this.clock.instant().plusSeconds(30));
    assertThat(emulator.requestLog().size()).isEqualTo(8 + 2);
  }
}
