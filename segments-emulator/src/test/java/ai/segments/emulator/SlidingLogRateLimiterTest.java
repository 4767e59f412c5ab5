package ai.segments.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * Django REST framework's {@code SimpleRateThrottle} rules on a fake clock: the sliding log of
 * accepted requests, refusals that are not logged, DRF's wait and its rounding.
 */
class SlidingLogRateLimiterTest {

  private static final long SECOND = Duration.ofSeconds(1).toNanos();

  private final AtomicLong nanos = new AtomicLong(-5 * SECOND);
  private final SlidingLogRateLimiter limiter =
      new SlidingLogRateLimiter(3, Duration.ofSeconds(10), this.nanos::get);

  @Test
  void acceptsTheLimitThenRefusesWithTheTimeUntilTheOldestLeaves() {
    acceptAt(0, 1, 2);
    assertThat(acquireAt(2)).isEqualTo(8);
    assertThat(acquireAt(9.5)).isEqualTo(1);
  }

  @Test
  void refusedRequestsDoNotExtendTheWindow() {
    acceptAt(0, 1, 2);
    for (int second = 3; second < 10; second++) {
      assertThat(acquireAt(second)).isEqualTo(10 - second);
    }
    assertThat(acquireAt(10)).isZero();
  }

  @Test
  void theWindowSlidesOneRequestPerAgedOutEntry() {
    acceptAt(0, 4, 8);
    assertThat(acquireAt(10)).isZero();
    assertThat(acquireAt(10)).isEqualTo(4);
    assertThat(acquireAt(14)).isZero();
    assertThat(acquireAt(14)).isEqualTo(4);
  }

  @Test
  void anEntryExactlyOnePeriodOldHasLeft() {
    acceptAt(0, 0, 0);
    assertThat(acquireAt(9.999)).isEqualTo(1);
    assertThat(acquireAt(10)).isZero();
    assertThat(acquireAt(10)).isZero();
    assertThat(acquireAt(10)).isZero();
    assertThat(acquireAt(10)).isEqualTo(10);
  }

  @Test
  void theWaitIsRoundedUpToWholeSeconds() {
    acceptAt(0, 1, 2);
    assertThat(acquireAt(7.001)).isEqualTo(3);
    assertThat(acquireAt(7)).isEqualTo(3);
    assertThat(acquireAt(6.999)).isEqualTo(4);
  }

  @Test
  void eachUserHasALogOfItsOwn() {
    acceptAt(0, 1, 2);
    assertThat(acquireAt(3)).isPositive();
    this.nanos.set(3 * SECOND);
    assertThat(this.limiter.acquire("ci")).isZero();
  }

  @Test
  void waitFollowsDrfsFormulaForAnyHistory() {
    long minute = Duration.ofMinutes(1).toNanos();
    assertThat(SlidingLogRateLimiter.wait(minute, 3, 0, 0)).hasValue(minute / 4d);
    assertThat(SlidingLogRateLimiter.wait(minute, 3, 1, 20 * SECOND)).hasValue(40 * SECOND / 3d);
    assertThat(SlidingLogRateLimiter.wait(minute, 3, 2, 30 * SECOND)).hasValue(30 * SECOND / 2d);
    assertThat(SlidingLogRateLimiter.wait(minute, 3, 3, 45 * SECOND)).hasValue(15d * SECOND);
    assertThat(SlidingLogRateLimiter.wait(minute, 3, 4, 45 * SECOND)).isEmpty();
  }

  private void acceptAt(double... seconds) {
    for (double second : seconds) {
      assertThat(acquireAt(second)).as("at %s s", second).isZero();
    }
  }

  private long acquireAt(double second) {
    this.nanos.set(Math.round(second * SECOND));
    return this.limiter.acquire("demo");
  }
}
