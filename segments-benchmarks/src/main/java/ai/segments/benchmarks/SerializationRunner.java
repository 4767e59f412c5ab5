package ai.segments.benchmarks;

import ai.segments.benchmarks.jmh.SerializationBenchmark;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * Runs the JMH benchmarks with short settings in one forked JVM and tabulates them, with the ratio
 * of reading the multi-sensor label to writing it.
 */
final class SerializationRunner {

  private SerializationRunner() {}

  static Table run() throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include(SerializationBenchmark.class.getName())
            .forks(1)
            .warmupIterations(5)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(10)
            .measurementTime(TimeValue.seconds(1))
            .verbosity(VerboseMode.SILENT)
            .build();
    Collection<RunResult> results = new Runner(options).run();
    Table table =
        new Table("JMH (1 fork, 5×1 s warm-up, 10×1 s)", "score", "error (99.9%)", "unit");
    Map<String, Double> scores = new HashMap<>();
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      String method = name.substring(name.lastIndexOf('.') + 1);
      scores.put(method, result.getPrimaryResult().getScore());
      table.row(
          method,
          result.getPrimaryResult().getScore(),
          result.getPrimaryResult().getScoreError(),
          result.getPrimaryResult().getScoreUnit());
    }
    table.row(
        "multi-sensor label: read / write",
        scores.get("readMultiSensorLabel") / scores.get("writeMultiSensorLabel"),
        "",
        "× (target ≤ 2)");
    return table;
  }
}
