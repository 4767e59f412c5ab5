package ai.segments.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The png mode at its smallest: every contender encodes every image once into a file of the same
 * pixels (the mode checks them) and gets a row; nothing timed is asserted.
 */
class PngBenchmarkSmokeTest {

  @Test
  void printsARowPerImageAndContender() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    List<PngBenchmark.Row> rows =
        PngBenchmark.run(
            new PrintStream(bytes, true, StandardCharsets.UTF_8),
            new PngBenchmark.Settings(0, 1, 1));

    String tables = bytes.toString(StandardCharsets.UTF_8);
    int contenders = PngBenchmark.contenders().size();
    assertThat(rows).hasSize(PngBenchmark.images().size() * contenders);
    for (PngBenchmark.TestImage image : PngBenchmark.images()) {
      assertThat(tables).contains("| " + image.name());
    }
    assertThat(rows)
        .allSatisfy(
            row -> {
              assertThat(row.bytes()).isPositive();
              assertThat(row.speedUp()).isPositive();
            });
    assertThat(rows.get(0).sizeRatio()).isEqualTo(1.0);
  }

  @Test
  void quickModeMeasuresLess() {
    assertThat(PngBenchmark.Settings.parse(new String[] {"png", "--quick"}).rounds())
        .isLessThan(PngBenchmark.Settings.parse(new String[] {"png"}).rounds());
  }
}
