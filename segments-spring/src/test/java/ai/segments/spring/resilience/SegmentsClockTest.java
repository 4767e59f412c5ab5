package ai.segments.spring.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.spring.support.FakeSegmentsClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The one clock: wall time, monotonic time and waits, also through another zone. */
class SegmentsClockTest {

  @Test
  void theSystemClockIsUtcAndItsMonotonicTimeNeverGoesBack() {
    SegmentsClock clock = SegmentsClock.system();

    long first = clock.nanoTime();

    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(clock.nanoTime()).isGreaterThanOrEqualTo(first);
    assertThat(clock.withZone(ZoneOffset.UTC)).isSameAs(clock);
  }

  @Test
  void aClockInAnotherZoneMeasuresAndWaitsLikeTheOriginal() throws InterruptedException {
    FakeSegmentsClock fake = new FakeSegmentsClock();
    SegmentsClock paris = SegmentsClock.system().withZone(ZoneId.of("Europe/Paris"));
    SegmentsClock fakeParis = new WallOnly(fake).withZone(ZoneId.of("Europe/Paris"));

    fakeParis.sleep(Duration.ofSeconds(3));

    assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(fake.sleeps()).containsExactly(Duration.ofSeconds(3));
    assertThat(fakeParis.nanoTime()).isEqualTo(fake.nanoTime());
  }

  @Test
  void theFakeReadsTheSameTimeOnBothClocksAndMovesOnlyWhenToldOrWhenSleeping()
      throws InterruptedException {
    FakeSegmentsClock clock = new FakeSegmentsClock();
    long nanos = clock.nanoTime();
    Instant instant = clock.instant();

    clock.advance(Duration.ofMillis(250));
    clock.sleep(Duration.ofMillis(750));

    assertThat(clock.nanoTime() - nanos).isEqualTo(Duration.ofSeconds(1).toNanos());
    assertThat(Duration.between(instant, clock.instant())).isEqualTo(Duration.ofSeconds(1));
    assertThat(clock.sleeps()).containsExactly(Duration.ofMillis(750));
  }

  /** Delegates measuring and waiting to a fake, on the fake's wall clock. */
  private static final class WallOnly extends SegmentsClock {

    private final FakeSegmentsClock fake;

    WallOnly(FakeSegmentsClock fake) {
      super(fake);
      this.fake = fake;
    }

    @Override
    public long nanoTime() {
      return this.fake.nanoTime();
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
      this.fake.sleep(duration);
    }
  }
}
