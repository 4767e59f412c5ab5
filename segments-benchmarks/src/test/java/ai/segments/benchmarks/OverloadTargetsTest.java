package ai.segments.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Cells that miss their targets are marked, on the checked rows only, and summed up by row. */
class OverloadTargetsTest {

  @Test
  void missesAreMarkedOnCheckedRowsAndListedByRow() {
    OverloadTargets targets = new OverloadTargets();

    assertThat(targets.atMost(true, "drf 4x16 defaults", "429 answers (%)", "9.25", 9.25, 5))
        .isEqualTo("9.25 ✗");
    assertThat(targets.atLeast(true, "drf 4x16 defaults", "limit used (%)", "90.00", 90, 95))
        .isEqualTo("90.00 ✗");
    assertThat(targets.atMost(true, "drf bulk defaults", "recovery (s)", "never", -1, 5))
        .isEqualTo("never ✗");
    assertThat(targets.atMost(false, "drf 4x16 protection off", "429 answers (%)", "40", 40, 5))
        .isEqualTo("40");
    assertThat(targets.atMost(true, "drf 16x4 defaults", "429 answers (%)", "5.00", 5, 5))
        .isEqualTo("5.00");

    assertThat(summary(targets))
        .isEqualTo(
            "targets missed (3 cells): drf 4x16 defaults: 429 answers (%) 9.25 (≤ 5), limit used"
                + " (%) 90.00 (≥ 95); drf bulk defaults: recovery (s) never (≤ 5)");
    assertThat(summary(new OverloadTargets())).isEqualTo("targets: all met");
  }

  private static String summary(OverloadTargets targets) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    targets.printSummary(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    return bytes.toString(StandardCharsets.UTF_8).strip();
  }
}
