package ai.segments.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.export.ExportFormat;
import ai.segments.client.export.ExportOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The export mode at its quick size: a row per format × latency, a heap-capped child run per format
 * and release size, and the machine's load; nothing timed.
 */
class ExportBenchmarkSmokeTest {

  @Test
  void quickModePrintsARowPerFormatAndLatencyAndAChildRunPerFormatAndSize() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ExportSettings settings = ExportSettings.parse(new String[] {"export", "--quick"});

    ExportBenchmark.Report report =
        ExportBenchmark.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), settings);

    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertThat(report.rows())
        .hasSize(ExportSettings.FORMATS.size() * ExportBenchmark.LATENCIES.size());
    for (ExportFormat format : ExportSettings.FORMATS) {
      for (long latency : ExportBenchmark.LATENCIES) {
        assertThat(printed).containsPattern("\\| " + format.value() + " +\\| " + latency + " +\\|");
      }
      for (int samples : List.of(settings.samples(), settings.largeSamples())) {
        // the heap-capped child JVM exported it too, with exit code 0 and no error
        assertThat(printed)
            .containsPattern(
                "\\| "
                    + format.value()
                    + " +\\| "
                    + samples
                    + " +\\| [0-9.]+ +\\| [0-9.,]+ +\\| [0-9.,]+ +\\| [0-9.,]+ +\\| 0 +\\| — +\\|");
      }
    }
    assertThat(report.children())
        .hasSize(2 * ExportSettings.FORMATS.size())
        .allSatisfy(run -> assertThat(run.result().samples()).isEqualTo(run.samples()))
        .allMatch(ExportChildRuns.Run::succeeded);
    assertThat(report.rows())
        .allSatisfy(
            row -> {
              assertThat(row.samplesPerSecond()).isPositive();
              assertThat(row.speedUp()).isPositive();
              assertThat(row.peakHeapMb()).isPositive();
            });
    assertThat(printed)
        .containsPattern("(?m)^start: load average .*; [0-9]+ CPUs$")
        .containsPattern("(?m)^end: load average .*; [0-9]+ CPUs$");
  }

  @Test
  void optionsAreParsedAndChecked() {
    ExportSettings settings =
        ExportSettings.parse(
            new String[] {
              "export",
              "--samples",
              "60",
              "--baseline-samples",
              "10",
              "--large-samples",
              "600",
              "--formats",
              "yolo,semantic",
              "--concurrency",
              "32"
            });

    assertThat(settings)
        .isEqualTo(
            new ExportSettings(
                60, 10, 600, 3, List.of(ExportFormat.YOLO, ExportFormat.SEMANTIC), 32));
    assertThat(settings.options().concurrency()).isEqualTo(32);
    assertThat(ExportSettings.DEFAULT.options()).isEqualTo(ExportOptions.defaults());
    for (String[] bad :
        List.of(
            new String[] {"export", "--samples", "-1"},
            new String[] {"export", "--samples", "5", "--baseline-samples", "9"},
            new String[] {"export", "--concurrency", "65"},
            new String[] {"export", "--formats", "yolo,"},
            new String[] {"export", "--large-samples"},
            new String[] {"export", "--warm"})) {
      assertThatThrownBy(() -> ExportSettings.parse(bad)).isInstanceOf(RuntimeException.class);
    }
  }
}
