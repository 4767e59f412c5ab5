package ai.segments.spring.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The adaptive rate as a function of time: the drop on throttling and the CUBIC growth back. */
class CubicRateTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void doesNotLimitBeforeTheFirstThrottling() {
    CubicRate rate = CubicRate.unlimited(0.5);
    assertThat(rate.limits()).isFalse();
    assertThat(rate.at(42 * SECOND)).isInfinite();
  }

  @Test
  void dropsToSeventyPercentOfTheSendingRateThenGrowsBackToIt() {
    CubicRate rate = CubicRate.unlimited(0.5).throttled(100, 10 * SECOND);

    assertThat(rate.limits()).isTrue();
    assertThat(rate.at(10 * SECOND)).isCloseTo(70, within(1e-9));
    long backAtMax = 10 * SECOND + (long) (rate.k() * SECOND);
    assertThat(rate.at(backAtMax)).isCloseTo(100, within(1e-6));
    assertThat(rate.at(backAtMax - SECOND)).isBetween(99.0, 100.0);
    assertThat(rate.at(backAtMax + 5 * SECOND)).isGreaterThan(140);
  }

  @Test
  void growsFastFarBelowTheOldRateAndSlowlyNearIt() {
    CubicRate rate = CubicRate.unlimited(0.5).throttled(100, 0);
    double firstSecond = rate.at(SECOND) - rate.at(0);
    double atTheTop =
        rate.at((long) (rate.k() * SECOND)) - rate.at((long) ((rate.k() - 1) * SECOND));
    assertThat(firstSecond).isGreaterThan(5 * atTheTop);
  }

  @Test
  void growsToTwiceTheOldRateAtMostAndStopsLimitingAfterAMinuteWithoutThrottling() {
    CubicRate rate = CubicRate.unlimited(0.5).throttled(100, 0);
    assertThat(rate.at(30 * SECOND)).isEqualTo(200);
    assertThat(rate.at(61 * SECOND)).isInfinite();
  }

  @Test
  void neverDropsBelowTheFloor() {
    CubicRate rate = CubicRate.unlimited(0.5).throttled(0.1, 0);
    assertThat(rate.at(0)).isEqualTo(0.5);
  }
}
