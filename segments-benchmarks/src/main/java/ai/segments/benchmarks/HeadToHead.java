package ai.segments.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Rows that pit one contender against one baseline (the raw Apache loop) on a number of calling
 * threads: after a warm-up of every row (on one thread, then on the row's threads), the rows are
 * measured in interleaved rounds, contender and baseline back to back; each keeps its best round
 * and the ratio is the median of the per-round ratios.
 */
final class HeadToHead {

  /** One row: what is measured, on how many threads, against what. */
  record Row(String label, int threads, Supplier<?> contender, Supplier<?> baseline) {}

  /** The measured row: the best rates of the rounds and the median ratio. */
  record Result(Row row, double contenderRate, double baselineRate, double medianRatio) {}

  private HeadToHead() {}

  /**
   * Lets the JIT compile both sides while a core is free: with 16 busy calling threads on a 2-core
   * machine the compiler threads starve, and the side with more code would be measured while it is
   * still partly interpreted (its rate then climbs for a minute or more).
   */
  private static void warmUpOnOneThread(Row row, Duration warmup) {
    Throughput.perSecond(row.contender(), warmup);
    Throughput.perSecond(row.baseline(), warmup);
  }

  static List<Result> run(List<Row> rows, Duration warmup, int rounds, Duration window) {
    List<List<double[]>> measured = new ArrayList<>();
    List<ParallelThroughput> threads = new ArrayList<>();
    try {
      for (Row row : rows) {
        ParallelThroughput throughput = new ParallelThroughput(row.threads());
        threads.add(throughput);
        warmUpOnOneThread(row, warmup);
        throughput.perSecond(row.contender(), warmup);
        throughput.perSecond(row.baseline(), warmup);
        measured.add(new ArrayList<>());
      }
      for (int round = 0; round < rounds; round++) {
        for (int i = 0; i < rows.size(); i++) {
          Row row = rows.get(i);
          double contender = threads.get(i).perSecond(row.contender(), window);
          double baseline = threads.get(i).perSecond(row.baseline(), window);
          measured.get(i).add(new double[] {contender, baseline});
        }
      }
    } finally {
      threads.forEach(ParallelThroughput::close);
    }
    List<Result> results = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      List<double[]> pairs = measured.get(i);
      results.add(
          new Result(
              rows.get(i),
              pairs.stream().mapToDouble(p -> p[0]).max().orElseThrow(),
              pairs.stream().mapToDouble(p -> p[1]).max().orElseThrow(),
              Medians.of(pairs.stream().mapToDouble(p -> p[0] / p[1]).toArray())));
    }
    return results;
  }
}
