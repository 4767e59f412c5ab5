package ai.segments.benchmarks;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Single-threaded calls per second of each {@link HttpLoop} for each {@link HttpScenario}, against
 * a {@link LoopbackServer} answering with fixed payloads. After a warm-up of every pair, the pairs
 * are measured in interleaved rounds and each keeps its best round, so that a burst of load from
 * elsewhere on the machine does not favour one contender.
 */
final class HttpBenchmark {

  /** Calls per second, per scenario, per loop name (in the order of the loops). */
  record Result(Map<HttpScenario, Map<String, Double>> rates) {

    double rate(HttpScenario scenario, String loop) {
      return this.rates.get(scenario).get(loop);
    }

    /** The client's rate over the faster raw loop's. */
    double ratio(HttpScenario scenario, String client, String rawJdk, String rawApache) {
      return rate(scenario, client) / Math.max(rate(scenario, rawJdk), rate(scenario, rawApache));
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

  static Result run(
      List<HttpScenario> scenarios,
      List<HttpLoop> loops,
      Duration warmup,
      int rounds,
      Duration window) {
    for (HttpScenario scenario : scenarios) {
      for (HttpLoop loop : loops) {
        Throughput.perSecond(() -> loop.call(scenario), warmup);
      }
    }
    Map<HttpScenario, Map<String, Double>> best = new EnumMap<>(HttpScenario.class);
    for (int round = 0; round < rounds; round++) {
      for (HttpScenario scenario : scenarios) {
        Map<String, Double> rates = best.computeIfAbsent(scenario, s -> new LinkedHashMap<>());
        for (HttpLoop loop : loops) {
          double rate = Throughput.perSecond(() -> loop.call(scenario), window);
          rates.merge(loop.name(), rate, Math::max);
        }
      }
    }
    return new Result(best);
  }
}
