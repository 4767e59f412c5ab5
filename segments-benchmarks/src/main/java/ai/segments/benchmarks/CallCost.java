package ai.segments.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * What one call costs the calling thread, single-threaded against the {@link LoopbackServer}: the
 * raw Apache loop, a bare {@code RestClient} over the same kind of pool, and the client. After a
 * warm-up of every pair, the contenders are measured in interleaved rounds; each column is the
 * median of the rounds. The thread's CPU time includes the kernel's work for its socket calls; the
 * server's threads are not counted.
 */
final class CallCost {

  /** One measured contender and scenario: medians of the rounds. */
  record Result(
      HttpScenario scenario,
      String contender,
      double perSecond,
      double cpuMicros,
      double userMicros,
      double allocatedKilobytes) {}

  private CallCost() {}

  static List<Result> run(
      List<HttpScenario> scenarios,
      List<HttpLoop> loops,
      Duration warmup,
      int rounds,
      Duration window) {
    HttpBenchmark.warmUp(scenarios, loops, warmup);
    List<Result> results = new ArrayList<>();
    for (HttpScenario scenario : scenarios) {
      List<List<Throughput.Rate>> measured = new ArrayList<>();
      loops.forEach(loop -> measured.add(new ArrayList<>()));
      for (int round = 0; round < rounds; round++) {
        for (int i = 0; i < loops.size(); i++) {
          HttpLoop loop = loops.get(i);
          measured.get(i).add(Throughput.measure(() -> loop.call(scenario), window));
        }
      }
      for (int i = 0; i < loops.size(); i++) {
        List<Throughput.Rate> rates = measured.get(i);
        results.add(
            new Result(
                scenario,
                loops.get(i).name(),
                median(rates, Throughput.Rate::perSecond),
                median(rates, Throughput.Rate::cpuMicrosPerCall),
                median(rates, Throughput.Rate::userMicrosPerCall),
                median(rates, Throughput.Rate::allocatedBytesPerCall) / 1024));
      }
    }
    return results;
  }

  private static double median(
      List<Throughput.Rate> rates, ToDoubleFunction<Throughput.Rate> value) {
    return Medians.of(rates.stream().mapToDouble(value).toArray());
  }
}
