package ai.segments.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the overload mode for a moment: its tables have their rows and columns; nothing timed. */
class OverloadReportSmokeTest {

  @Test
  void oneModelAndOneShortShapePrintTheirRowsTheTargetRowAndTheSummary() throws Exception {
    OverloadOptions options =
        OverloadOptions.parse(
            new String[] {
              "overload",
              "--seconds",
              "2",
              "--models",
              "fixed-window",
              "--shapes",
              "4x16",
              "--no-outage",
              "--no-single-instance"
            });
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    OverloadReport.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), options);

    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    List<String> rows = lines.stream().filter(line -> line.startsWith("|")).toList();
    assertThat(rows.get(0)).contains(OverloadTable.THROTTLED_HEADER);
    assertThat(rows).hasSize(5);
    assertThat(cells(rows.get(2))).startsWith("fixed-window", "4x16", "protection off");
    assertThat(cells(rows.get(3))).startsWith("fixed-window", "4x16", "defaults");
    assertThat(cells(rows.get(4))).startsWith("", "", "target");
    assertThat(rows)
        .allSatisfy(row -> assertThat(cells(row)).hasSize(OverloadTable.THROTTLED_HEADER.size()));
    assertThat(cells(rows.get(3)).get(3)).matches("\\d+\\.\\d\\d( ✗)?");
    assertThat(lines.get(lines.size() - 1)).startsWith("targets");
    assertThat(lines).anyMatch(line -> line.startsWith("load average at the end: "));
  }

  @Test
  void theOptionsNameEveryModelShapeAndSettingAndRefuseUnknownOnes() {
    OverloadOptions all = OverloadOptions.parse(new String[] {"overload"});

    assertThat(all.models()).containsExactly(ThrottleModel.values());
    assertThat(all.shapes()).extracting(OverloadShape::name).isEqualTo(OverloadShape.NAMES);
    assertThat(all.shapes().get(2).steps())
        .extracting(OverloadShape.Step::instances)
        .containsExactly(4, 8, 2);
    assertThat(all.warmUp()).isEqualTo(Duration.ofSeconds(3));
    assertThatThrownBy(() -> OverloadOptions.parse(new String[] {"overload", "--shapes", "9x9"}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("9x9");
  }

  private static List<String> cells(String row) {
    String inner = row.substring(1, row.length() - 1);
    return Arrays.stream(inner.split("\\|", -1)).map(String::trim).toList();
  }
}
