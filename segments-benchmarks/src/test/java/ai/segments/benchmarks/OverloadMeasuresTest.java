package ai.segments.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.emulator.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The overload figures computed from made-up answers. */
class OverloadMeasuresTest {

  private static final Instant CHANGE = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void aChangeSettlesAfterTheLastSecondWithFivePercentOr429sOrMore() {
    List<RecordedRequest> answers = new ArrayList<>();
    second(answers, 0, 80, 20);
    second(answers, 1, 95, 5);
    second(answers, 2, 99, 1);
    second(answers, 3, 100, 0);

    assertThat(OverloadMeasures.settleSeconds(answers, CHANGE, CHANGE.plusSeconds(4))).isEqualTo(2);
  }

  @Test
  void aChangeThatNeverSettlesIsNegativeAndOneThatNeverThrottledIsZero() {
    List<RecordedRequest> throttled = new ArrayList<>();
    second(throttled, 0, 99, 1);
    second(throttled, 1, 90, 10);
    List<RecordedRequest> calm = new ArrayList<>();
    second(calm, 0, 50, 0);
    second(calm, 1, 50, 0);

    assertThat(OverloadMeasures.settleSeconds(throttled, CHANGE, CHANGE.plusSeconds(2)))
        .isNegative();
    assertThat(OverloadMeasures.settleSeconds(calm, CHANGE, CHANGE.plusSeconds(2))).isZero();
  }

  @Test
  void everySuccessCountsTowardsTheLimitAnd429sTowardsTheThrottledShare() {
    List<RecordedRequest> answers =
        List.of(answer(CHANGE, 200), answer(CHANGE, 201), answer(CHANGE, 429), answer(CHANGE, 503));

    assertThat(OverloadMeasures.limitUsedPercent(answers, Duration.ofSeconds(1), 4)).isEqualTo(50);
    assertThat(OverloadMeasures.throttledPercent(answers)).isEqualTo(25);
  }

  /** {@code ok} successes and {@code throttled} 429s spread over one second after the change. */
  private static void second(List<RecordedRequest> answers, int second, int ok, int throttled) {
    int all = ok + throttled;
    for (int i = 0; i < all; i++) {
      Instant time = CHANGE.plusSeconds(second).plusMillis(1000L * i / all);
      answers.add(answer(time, (i < ok) ? 200 : 429));
    }
  }

  private static RecordedRequest answer(Instant time, int status) {
    return new RecordedRequest(
        time, "GET", "/datasets/demo/flowers/", null, Map.of(), "", "getDataset", status);
  }
}
