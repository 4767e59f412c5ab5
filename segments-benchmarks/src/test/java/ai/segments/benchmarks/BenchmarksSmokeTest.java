package ai.segments.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.benchmarks.jmh.SerializationBenchmark;
import ai.segments.client.bulk.BulkImportSummary;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * Runs every benchmark component for a moment: they work, nothing is timed or asserted on speed.
 */
class BenchmarksSmokeTest {

  @Test
  void everyHttpContenderAnswersEveryScenario() {
    try (LoopbackServer server = HttpBenchmark.server()) {
      List<HttpLoop> loops =
          List.of(
              ClientLoop.apache(server.baseUrl()),
              ClientLoop.jdk(server.baseUrl()),
              new RawJdkLoop(server.baseUrl()),
              new RawApacheLoop(server.baseUrl()),
              new RawRestClientLoop(server.baseUrl()));
      HttpBenchmark.Result result =
          HttpBenchmark.run(
              List.of(HttpScenario.values()),
              loops,
              Duration.ofMillis(20),
              1,
              Duration.ofMillis(20));
      loops.forEach(HttpLoop::close);

      for (HttpScenario scenario : HttpScenario.values()) {
        assertThat(result.rates().get(scenario))
            .hasSize(5)
            .allSatisfy((name, rate) -> assertThat(rate).isPositive());
      }
      assertThat(server.connections()).isEqualTo(loops.size());
    }
  }

  @Test
  void callCostMeasuresCpuAndAllocationOfEveryContender() {
    try (LoopbackServer server = HttpBenchmark.server();
        HttpLoop raw = new RawApacheLoop(server.baseUrl());
        HttpLoop client = ClientLoop.apache(server.baseUrl())) {
      List<CallCost.Result> results =
          CallCost.run(
              List.of(HttpScenario.GET_SAMPLE),
              List.of(raw, client),
              Duration.ofMillis(20),
              3,
              Duration.ofMillis(20));

      assertThat(results)
          .extracting(CallCost.Result::contender)
          .containsExactly(raw.name(), client.name());
      assertThat(results)
          .allSatisfy(
              r -> {
                assertThat(r.perSecond()).isPositive();
                assertThat(r.cpuMicros()).isPositive();
                assertThat(r.userMicros()).isNotNegative();
                assertThat(r.allocatedKilobytes()).isPositive();
              });
    }
  }

  @Test
  void headToHeadRowsRunTheirThreadsOnOneClientAndTheStarterOnlyApplication() {
    try (LoopbackServer server = HttpBenchmark.server();
        ApplicationInstances starterOnly =
            new ApplicationInstances(1, server.baseUrl(), Benchmarks.API_KEY, Map.of());
        HttpLoop client = ClientLoop.apache(server.baseUrl());
        HttpLoop raw = new RawApacheLoop(server.baseUrl())) {
      Set<Thread> callers = ConcurrentHashMap.newKeySet();
      List<HeadToHead.Result> results =
          HeadToHead.run(
              List.of(
                  new HeadToHead.Row(
                      "16 threads",
                      16,
                      () -> {
                        callers.add(Thread.currentThread());
                        return client.call(HttpScenario.GET_DATASET);
                      },
                      () -> raw.call(HttpScenario.GET_DATASET)),
                  new HeadToHead.Row(
                      "starter-only",
                      1,
                      () -> starterOnly.clients().get(0).getDataset(HttpScenario.DATASET),
                      () -> raw.call(HttpScenario.GET_DATASET))),
              Duration.ofMillis(50),
              3,
              Duration.ofMillis(50));

      // warmed up on the calling thread first (for the JIT), then measured on 16 others
      assertThat(callers).contains(Thread.currentThread()).hasSize(17);
      assertThat(results)
          .extracting(r -> r.row().label())
          .containsExactly("16 threads", "starter-only");
      assertThat(results)
          .allSatisfy(
              r -> {
                assertThat(r.contenderRate()).isPositive();
                assertThat(r.baselineRate()).isPositive();
                assertThat(r.medianRatio()).isPositive();
              });
    }
  }

  @Test
  void bulkImportIntoTheEmulatorCreatesEverySample() {
    Map<Integer, BulkImportSummary> results = BulkImportBenchmark.run(List.of(2), 300);

    assertThat(results.get(2).created()).isEqualTo(300);
    assertThat(results.get(2).requests()).isEqualTo(3);
  }

  @Test
  void aSmallReleaseIteratesInTheHeapCappedChild() throws Exception {
    HeapCappedChild.Result result = ReleaseIterationBenchmark.run(1000);

    assertThat(result.exitCode()).isZero();
    assertThat(result.samples()).isEqualTo(1000);
  }

  @Test
  void serializationBenchmarksReadAndWriteTheirPayloads() throws Exception {
    SerializationBenchmark benchmark = new SerializationBenchmark();
    benchmark.setUp();

    assertThat(benchmark.readMultiSensorLabel().attributes()).isNotNull();
    assertThat(benchmark.writeMultiSensorLabel()).hasSizeGreaterThan(10_000);
    assertThat(benchmark.readRichDataset().taskAttributes()).isNotNull();
    assertThat(benchmark.writeRichDataset()).isNotEmpty();
  }
}
