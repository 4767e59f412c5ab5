package ai.segments.spring.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExponentialJitterBackOffTest {

  private static ExponentialJitterBackOff backOff(double random) {
    return new ExponentialJitterBackOff(
        Duration.ofSeconds(1), 2.0, Duration.ofSeconds(30), () -> random);
  }

  @Test
  void growsExponentiallyWithoutJitterAtTheTop() {
    ExponentialJitterBackOff top = backOff(0.999_999_999);
    assertThat(top.delayBefore(1, null)).isCloseTo(Duration.ofSeconds(1), Duration.ofMillis(1));
    assertThat(top.delayBefore(2, null)).isCloseTo(Duration.ofSeconds(2), Duration.ofMillis(1));
    assertThat(top.delayBefore(3, null)).isCloseTo(Duration.ofSeconds(4), Duration.ofMillis(1));
  }

  @Test
  void jitterTakesOffAtMostHalf() {
    ExponentialJitterBackOff bottom = backOff(0.0);
    assertThat(bottom.delayBefore(1, null)).isEqualTo(Duration.ofMillis(500));
    assertThat(bottom.delayBefore(3, null)).isEqualTo(Duration.ofSeconds(2));
  }

  @ParameterizedTest
  @ValueSource(doubles = {0.0, 0.25, 0.5, 0.75, 0.999_999})
  void staysWithinBoundsAndUnderTheCap(double random) {
    ExponentialJitterBackOff backOff = backOff(random);
    for (int retry = 1; retry <= 12; retry++) {
      double exponential = Math.min(1000 * Math.pow(2, retry - 1), 30_000);
      long millis = backOff.delayBefore(retry, null).toMillis();
      assertThat(millis).isBetween((long) (exponential / 2), (long) exponential);
    }
  }

  @Test
  void retryAfterReplacesTheComputedWait() {
    assertThat(backOff(0.5).delayBefore(1, Duration.ofSeconds(7))).isEqualTo(Duration.ofSeconds(7));
    assertThat(backOff(0.5).delayBefore(3, Duration.ZERO)).isEqualTo(Duration.ZERO);
  }
}
