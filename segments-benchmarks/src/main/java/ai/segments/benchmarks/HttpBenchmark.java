package ai.segments.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Single-threaded calls per second of each {@link HttpLoop} for each {@link HttpScenario}, against
 * a {@link LoopbackServer} answering with fixed payloads. After a warm-up of every pair, the pairs
 * are measured in interleaved rounds; each keeps its best round, and the client/raw ratio is the
 * median of the per-round ratios.
 */
final class HttpBenchmark {

  /**
   * Calls per second: the best round per scenario and loop name (in the order of the loops), and
   * every round, in order.
   */
  record Result(
      Map<HttpScenario, Map<String, Double>> rates,
      Map<HttpScenario, List<Map<String, Double>>> rounds) {

    double rate(HttpScenario scenario, String loop) {
      return this.rates.get(scenario).get(loop);
    }

    /** The contender's best rate over the best rate of the faster baseline. */
    double ratio(HttpScenario scenario, String contender, String... baselines) {
      return ratio(this.rates.get(scenario), contender, baselines);
    }

    /**
     * The median over the rounds of the contender's rate over the faster baseline's rate in the
     * same round: contenders measured back to back share the load of the moment, so a burst of load
     * from elsewhere on the machine does not decide the result.
     */
    double medianRatio(HttpScenario scenario, String contender, String... baselines) {
      return Medians.of(
          this.rounds.get(scenario).stream()
              .mapToDouble(round -> ratio(round, contender, baselines))
              .toArray());
    }

    private static double ratio(Map<String, Double> rates, String contender, String... baselines) {
      double fastest = 0;
      for (String baseline : baselines) {
        fastest = Math.max(fastest, rates.get(baseline));
      }
      return rates.get(contender) / fastest;
    }
  }

  private HttpBenchmark() {}

  /** The server for the scenarios: the dataset, the sample, and the sample again for adds. */
  static LoopbackServer server() {
    LoopbackServer.Response dataset =
        LoopbackServer.Response.json(200, Payloads.bytes(Payloads.DATASET));
    LoopbackServer.Response sample =
        LoopbackServer.Response.json(200, Payloads.bytes(Payloads.SAMPLE));
    LoopbackServer.Response created =
        LoopbackServer.Response.json(201, Payloads.bytes(Payloads.SAMPLE));
    return LoopbackServer.start(
        request -> {
          if (request.method().equals("POST")) {
            return created;
          }
          return request.path().startsWith("/datasets/") ? dataset : sample;
        });
  }

  /** Runs every loop on every scenario for the warm-up time, on the calling thread. */
  static void warmUp(List<HttpScenario> scenarios, List<HttpLoop> loops, Duration warmup) {
    for (HttpScenario scenario : scenarios) {
      for (HttpLoop loop : loops) {
        Throughput.perSecond(() -> loop.call(scenario), warmup);
      }
    }
  }

  static Result run(
      List<HttpScenario> scenarios,
      List<HttpLoop> loops,
      Duration warmup,
      int rounds,
      Duration window) {
    warmUp(scenarios, loops, warmup);
    Map<HttpScenario, Map<String, Double>> best = new EnumMap<>(HttpScenario.class);
    Map<HttpScenario, List<Map<String, Double>>> all = new EnumMap<>(HttpScenario.class);
    for (int round = 0; round < rounds; round++) {
      for (HttpScenario scenario : scenarios) {
        Map<String, Double> rates = best.computeIfAbsent(scenario, s -> new LinkedHashMap<>());
        Map<String, Double> thisRound = new LinkedHashMap<>();
        for (HttpLoop loop : loops) {
          double rate = Throughput.perSecond(() -> loop.call(scenario), window);
          rates.merge(loop.name(), rate, Math::max);
          thisRound.put(loop.name(), rate);
        }
        all.computeIfAbsent(scenario, s -> new ArrayList<>()).add(thisRound);
      }
    }
    return new Result(best, all);
  }
}
