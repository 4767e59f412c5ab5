package ai.segments.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The export mode at its quick size: a row per format × latency and a heap-capped child run per
 * format, nothing timed.
 */
class ExportBenchmarkSmokeTest {

  @Test
  void quickModePrintsARowPerFormatAndLatency() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ExportBenchmark.Settings settings =
        ExportBenchmark.Settings.parse(new String[] {"export", "--quick"});

    List<ExportBenchmark.Row> rows =
        ExportBenchmark.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), settings);

    String table = bytes.toString(StandardCharsets.UTF_8);
    assertThat(rows).hasSize(ExportBenchmark.FORMATS.size() * ExportBenchmark.LATENCIES.size());
    for (var format : ExportBenchmark.FORMATS) {
      for (long latency : ExportBenchmark.LATENCIES) {
        assertThat(table).containsPattern("\\| " + format.value() + " +\\| " + latency + " +\\|");
      }
      // the heap-capped child JVM exported it too, with exit code 0
      assertThat(table)
          .containsPattern("\\| " + format.value() + " +\\| [0-9.]+ +\\| [0-9.,]+ +\\| 0 +\\|");
    }
    assertThat(rows)
        .allSatisfy(
            row -> {
              assertThat(row.samplesPerSecond()).isPositive();
              assertThat(row.speedUp()).isPositive();
              assertThat(row.peakHeapMb()).isPositive();
            });
  }

  @Test
  void sampleCountsAreParsedAndChecked() {
    ExportBenchmark.Settings settings =
        ExportBenchmark.Settings.parse(
            new String[] {"export", "--samples", "60", "--baseline-samples", "10"});

    assertThat(settings).isEqualTo(new ExportBenchmark.Settings(60, 10, 3));
    assertThatThrownBy(
            () -> ExportBenchmark.Settings.parse(new String[] {"export", "--samples", "-1"}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                ExportBenchmark.Settings.parse(
                    new String[] {"export", "--samples", "5", "--baseline-samples", "9"}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
