package ai.segments.spring.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The adaptive rate as a function of time: the drop on throttling, the growth back to a plateau
 * just under the rate where the API throttled, and the slow probing beyond.
 */
class CubicRateTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void doesNotLimitBeforeTheFirstThrottling() {
    CubicRate rate = CubicRate.unlimited(0.5);
    assertThat(rate.limits()).isFalse();
    assertThat(rate.at(42 * SECOND)).isInfinite();
  }

  @Test
  void dropsBelowTheRateWhereTheApiThrottledAndGrowsBackToThePlateauWithinTwoSeconds() {
    CubicRate rate = CubicRate.unlimited(0.5).throttled(100, 10 * SECOND);

    assertThat(rate.limits()).isTrue();
    assertThat(rate.at(10 * SECOND)).isCloseTo(85, within(1e-9));
    assertThat(rate.at(11 * SECOND)).isBetween(95.0, 97.0);
    assertThat(rate.at(12 * SECOND)).isCloseTo(97, within(1e-9));
  }

  @Test
  void holdsThePlateauThenProbesBeyondItSlowlyAtFirst() {
    CubicRate rate = CubicRate.unlimited(0.5).throttled(100, 0);

    assertThat(rate.at(3 * SECOND)).isCloseTo(97, within(1e-9));
    assertThat(rate.at(6 * SECOND)).isCloseTo(97, within(1e-9));
    double firstSecondBeyond = rate.at(7 * SECOND) - rate.at(6 * SECOND);
    double fourthSecondBeyond = rate.at(10 * SECOND) - rate.at(9 * SECOND);
    assertThat(firstSecondBeyond).isPositive().isLessThan(0.1);
    assertThat(fourthSecondBeyond).isGreaterThan(10 * firstSecondBeyond);
  }

  @Test
  void stopsLimitingAfterAMinuteWithoutThrottling() {
    CubicRate rate = CubicRate.unlimited(0.5).throttled(100, 0);
    assertThat(rate.at(59 * SECOND)).isFinite();
    assertThat(rate.at(61 * SECOND)).isInfinite();
  }

  @Test
  void neverDropsBelowTheFloor() {
    CubicRate rate = CubicRate.unlimited(0.5).throttled(0.1, 0);
    assertThat(rate.at(0)).isEqualTo(0.5);
  }
}
