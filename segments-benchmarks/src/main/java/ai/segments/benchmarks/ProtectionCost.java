package ai.segments.benchmarks;

import ai.segments.client.SegmentsClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the overload protection costs a single instance whose calls are never throttled: small
 * {@code getDataset} calls against the loopback server, single-threaded, by an application instance
 * with the default settings and by one with the protection off, back to back per round.
 */
final class ProtectionCost {

  static final String PROTECTED = "defaults";
  static final String UNPROTECTED = "protection off";

  private ProtectionCost() {}

  /**
   * Measures.
   *
   * @return the median over the rounds of calls/s with the protection over calls/s without
   */
  static double ratio() {
    try (LoopbackServer server = HttpBenchmark.server();
        ApplicationInstances on =
            new ApplicationInstances(1, server.baseUrl(), Benchmarks.API_KEY, Map.of());
        ApplicationInstances off =
            new ApplicationInstances(
                1, server.baseUrl(), Benchmarks.API_KEY, OverloadBenchmark.PROTECTION_OFF)) {
      List<HttpLoop> loops =
          List.of(loop(PROTECTED, on.clients().get(0)), loop(UNPROTECTED, off.clients().get(0)));
      HttpBenchmark.Result result =
          HttpBenchmark.run(
              List.of(HttpScenario.GET_DATASET),
              loops,
              Duration.ofSeconds(2),
              9,
              Duration.ofMillis(500));
      return result.medianRatio(HttpScenario.GET_DATASET, PROTECTED, UNPROTECTED, UNPROTECTED);
    }
  }

  private static HttpLoop loop(String name, SegmentsClient client) {
    return new HttpLoop() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Object call(HttpScenario scenario) {
        return client.getDataset(HttpScenario.DATASET);
      }
    };
  }
}
