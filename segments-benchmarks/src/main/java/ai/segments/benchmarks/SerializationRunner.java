package ai.segments.benchmarks;

import ai.segments.benchmarks.jmh.SerializationBenchmark;
import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/** Runs the JMH benchmarks with short settings in one forked JVM and tabulates them. */
final class SerializationRunner {

  private SerializationRunner() {}

  static Table run() throws RunnerException {
    Options options =
        new OptionsBuilder()
            .include(SerializationBenchmark.class.getName())
            .forks(1)
            .warmupIterations(3)
            .warmupTime(TimeValue.seconds(1))
            .measurementIterations(5)
            .measurementTime(TimeValue.seconds(1))
            .verbosity(VerboseMode.SILENT)
            .build();
    Collection<RunResult> results = new Runner(options).run();
    Table table = new Table("JMH (1 fork, 3×1 s warm-up, 5×1 s)", "score", "error (99.9%)", "unit");
    for (RunResult result : results) {
      String name = result.getParams().getBenchmark();
      table.row(
          name.substring(name.lastIndexOf('.') + 1),
          result.getPrimaryResult().getScore(),
          result.getPrimaryResult().getScoreError(),
          result.getPrimaryResult().getScoreUnit());
    }
    return table;
  }
}
