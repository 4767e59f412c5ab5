package ai.segments.benchmarks;

import ai.segments.client.SegmentsClient;
import ai.segments.client.bulk.BulkImportSummary;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.DoubleStream;

/**
 * The benchmark command: {@code java -jar segments-benchmarks/target/segments-benchmarks.jar
 * [full|quick]}. {@code full} (the default) prints the whole table; {@code quick} measures only the
 * small GETs on 1 thread and {@code getDataset} on 16, within a minute. Both end with the line
 * {@code client/raw throughput ratio: <number>}: the lowest of the single-threaded {@code
 * getDataset} and {@code getSample} ratios of the client (on Apache HttpClient 5) to the faster
 * hand-written loop and of the 16-thread {@code getDataset} ratio to the raw Apache loop, each the
 * median of its per-round ratios. {@code overload [--seconds N] [--models m,n] [--shapes s,t]
 * [--settings off,defaults] [--no-outage] [--no-single-instance]} runs the overload scenarios of
 * {@link OverloadReport} without and with the overload protection (about 10 minutes in all, see
 * {@link OverloadOptions}). {@code cost} prints what one call costs the calling thread (CPU time,
 * user time, allocation) for the raw Apache loop, a bare {@code RestClient} and the client (about
 * 90 s). {@code export [--quick] [--samples N] [--baseline-samples M] [--large-samples L]
 * [--formats f,g] [--concurrency C]} measures release exports from the emulator ({@link
 * ExportBenchmark}). {@code png [--quick]} compares PNG encoders ({@link PngBenchmark}).
 */
public final class Benchmarks {

  /** The API key every benchmark client sends. */
  static final String API_KEY = "benchmark-key";

  private static final String CLIENT = "SegmentsClient (Apache)";
  private static final String RAW_JDK = "raw JDK HttpClient";
  private static final String RAW_APACHE = "raw Apache HC5";
  private static final String BARE_REST_CLIENT = RawRestClientLoop.NAME;

  private static final int THREADS = 16;
  private static final String CONCURRENT_ROW = "SegmentsClient (Apache), one client";
  private static final String STARTER_ROW = "starter-only application (default transport)";

  private static final List<HttpScenario> GETS =
      List.of(HttpScenario.GET_DATASET, HttpScenario.GET_SAMPLE);

  private Benchmarks() {}

  /**
   * Runs the benchmarks.
   *
   * @param args {@code full} (default), {@code quick}, {@code release} (only the release
   *     iteration), {@code overload} (overload protection), {@code cost} (CPU per call) or {@code
   *     export} (release exports, with its options); {@code iterate <url> <dataset>} and {@code
   *     iterate-release <url> <dataset>} are the heap-capped child processes of the iteration
   *     benchmarks
   * @throws Exception when a benchmark fails
   */
  public static void main(String[] args) throws Exception {
    String mode = (args.length > 0) ? args[0].toLowerCase(Locale.ROOT) : "full";
    PrintStream out = System.out;
    switch (mode) {
      case "quick" -> quick(out);
      case "release" -> releaseOnly(out);
      case "full" -> full(out);
      case "iterate" -> IterationBenchmark.child(args[1], args[2]);
      case "iterate-release" -> ReleaseIterationBenchmark.child(args[1], args[2]);
      case "overload" -> {
        OverloadOptions options = OverloadOptions.parse(args);
        header(out, "overload");
        OverloadReport.run(out, options);
      }
      case "cost" -> cost(out);
      case "export" -> exportMode(out, args);
      case "png" -> {
        header(out, "png");
        PngBenchmark.run(out, PngBenchmark.Settings.parse(args));
      }
      case ExportChildRuns.MODE ->
          ExportChildRuns.child(args[1], args[2], args[3], Long.parseLong(args[4]));
      default -> {
        System.err.println(
            "usage: java -jar segments-benchmarks.jar [full|quick|release|overload|cost|export|png]"
                + " (export [--quick] [--samples N] [--baseline-samples M] [--large-samples L]"
                + " [--formats f,g] [--concurrency C]) (overload [--seconds N] [--models m,n]"
                + " [--shapes s,t] [--settings off,defaults] [--no-outage] [--no-single-instance])");
        System.exit(2);
      }
    }
  }

  private static void quick(PrintStream out) {
    header(out, "quick (small GETs, 1 and 16 threads)");
    HttpBenchmark.Result result =
        http(out, GETS, false, Duration.ofSeconds(2), 9, Duration.ofMillis(500));
    printHttp(out, result, GETS);
    List<HeadToHead.Result> rows =
        headToHead(out, false, Duration.ofSeconds(2), 9, Duration.ofMillis(500));
    printRatio(out, result, rows);
  }

  private static void exportMode(PrintStream out, String[] args) throws IOException {
    ExportSettings settings = ExportSettings.parse(args);
    header(out, "export");
    ExportBenchmark.run(out, settings);
  }

  private static void cost(PrintStream out) {
    header(out, "cost (what one call costs the calling thread, 1 thread)");
    List<HttpScenario> scenarios =
        List.of(HttpScenario.GET_DATASET, HttpScenario.GET_SAMPLE, HttpScenario.ADD_SAMPLE_PLAIN);
    List<CallCost.Result> results;
    try (LoopbackServer server = HttpBenchmark.server()) {
      List<HttpLoop> loops =
          List.of(
              new RawApacheLoop(server.baseUrl()),
              new RawRestClientLoop(server.baseUrl()),
              ClientLoop.apache(server.baseUrl()));
      try {
        results = CallCost.run(scenarios, loops, Duration.ofSeconds(3), 7, Duration.ofSeconds(1));
      } finally {
        loops.forEach(HttpLoop::close);
      }
    }
    Table table =
        new Table(
            "per call, 1 thread (median of 7 interleaved rounds)",
            "contender",
            "calls/s",
            "thread CPU (µs)",
            "of which user (µs)",
            "allocated (KB)");
    results.forEach(
        r ->
            table.row(
                r.scenario().label,
                r.contender(),
                r.perSecond(),
                r.cpuMicros(),
                r.userMicros(),
                r.allocatedKilobytes()));
    table.print(out);
  }

  private static void releaseOnly(PrintStream out) throws Exception {
    header(out, "release (the release iteration only)");
    printRelease(out);
  }

  private static void printRelease(PrintStream out) throws Exception {
    printHeapCapped(
        out,
        "iterate a 1,000,000-sample release (" + ReleaseIterationBenchmark.HEAP + ", child JVM)",
        "ReleaseDatasets.open + samples(), typed, filtered",
        ReleaseIterationBenchmark.run());
  }

  private static void printHeapCapped(
      PrintStream out, String title, String row, HeapCappedChild.Result result) {
    new Table(
            title,
            "samples",
            "time (s)",
            "samples/s",
            "peak heap used (MB)",
            "max live heap after GC (MB)",
            "exit code")
        .row(
            row,
            result.samples(),
            result.seconds(),
            result.samples() / result.seconds(),
            result.peakHeapMb(),
            result.maxLiveMb(),
            result.exitCode())
        .print(out);
  }

  private static void full(PrintStream out) throws Exception {
    header(out, "full");
    List<HttpScenario> all = List.of(HttpScenario.values());
    HttpBenchmark.Result result =
        http(out, all, true, Duration.ofSeconds(3), 9, Duration.ofMillis(600));
    printHttp(out, result, all);
    List<HeadToHead.Result> rows =
        headToHead(out, true, Duration.ofSeconds(3), 9, Duration.ofMillis(600));

    printHeapCapped(
        out,
        "iterate 100,000 samples (" + IterationBenchmark.HEAP + ", child JVM)",
        "streamSamples, 100 pages × 1000",
        IterationBenchmark.run());
    printRelease(out);

    Map<Integer, BulkImportSummary> bulk =
        BulkImportBenchmark.run(List.of(1, 4, 16), BulkImportBenchmark.SAMPLES);
    double base = bulk.get(1).samplesPerSecond();
    Table bulkTable =
        new Table(
            "bulk import 50,000 samples (emulator, +"
                + BulkImportBenchmark.LATENCY.toMillis()
                + " ms per request)",
            "requests",
            "time (s)",
            "samples/s",
            "× concurrency 1");
    bulk.forEach(
        (concurrency, summary) ->
            bulkTable.row(
                "concurrency " + concurrency,
                summary.requests(),
                summary.duration().toMillis() / 1000.0,
                summary.samplesPerSecond(),
                summary.samplesPerSecond() / base));
    bulkTable.print(out);

    SerializationRunner.run().print(out);
    printRatio(out, result, rows);
  }

  /**
   * The first line of a mode's output: the machine, the JVM and the load average.
   *
   * @param out where to print
   * @param mode the mode's description
   */
  static void header(PrintStream out, String mode) {
    OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
    out.printf(
        Locale.ROOT,
        "Segments client benchmarks, %s mode — %d CPUs, Java %s (%s), %s %s %s, load average %s%n%n",
        mode,
        os.getAvailableProcessors(),
        System.getProperty("java.version"),
        System.getProperty("java.vendor"),
        os.getName(),
        os.getVersion(),
        os.getArch(),
        MachineLoad.systemLoadAverage());
  }

  private static HttpBenchmark.Result http(
      PrintStream out,
      List<HttpScenario> scenarios,
      boolean full,
      Duration warmup,
      int rounds,
      Duration window) {
    try (LoopbackServer server = HttpBenchmark.server()) {
      List<HttpLoop> loops = new ArrayList<>();
      loops.add(ClientLoop.apache(server.baseUrl()));
      if (full) {
        loops.add(ClientLoop.jdk(server.baseUrl()));
        loops.add(new RawRestClientLoop(server.baseUrl()));
      }
      loops.add(new RawJdkLoop(server.baseUrl()));
      loops.add(new RawApacheLoop(server.baseUrl()));
      try {
        HttpBenchmark.Result result = HttpBenchmark.run(scenarios, loops, warmup, rounds, window);
        out.printf(
            Locale.ROOT,
            "%d contenders opened %d connections in all (keep-alive pooling: one each;"
                + " gzip on/off clients share their pool)%n%n",
            loops.size(),
            server.connections());
        return result;
      } finally {
        loops.forEach(HttpLoop::close);
      }
    }
  }

  private static void printHttp(
      PrintStream out, HttpBenchmark.Result result, List<HttpScenario> scenarios) {
    List<String> names = new ArrayList<>(result.rates().get(scenarios.get(0)).keySet());
    List<String> header = new ArrayList<>();
    header.add("calls/s, 1 thread (best of rounds)");
    header.addAll(names);
    header.add("client/raw (best rates)");
    header.add("client/raw (median of rounds)");
    boolean bare = names.contains(BARE_REST_CLIENT);
    if (bare) {
      header.add("client/bare RestClient (median of rounds)");
    }
    Table table = new Table(header.toArray(String[]::new));
    for (HttpScenario scenario : scenarios) {
      List<Object> row = new ArrayList<>();
      row.add(scenario.label);
      names.forEach(name -> row.add(result.rate(scenario, name)));
      row.add(result.ratio(scenario, CLIENT, RAW_JDK, RAW_APACHE));
      row.add(ratio(result, scenario));
      if (bare) {
        row.add(result.medianRatio(scenario, CLIENT, BARE_REST_CLIENT));
      }
      table.row(row.toArray());
    }
    table.print(out);
  }

  /** The client/raw ratio of a scenario: the median of the per-round ratios. */
  private static double ratio(HttpBenchmark.Result result, HttpScenario scenario) {
    return result.medianRatio(scenario, CLIENT, RAW_JDK, RAW_APACHE);
  }

  /**
   * The {@code getDataset} rows against the raw Apache loop: 16 threads on one client (one
   * connection pool of the same size as the raw loop's), and the client of an application with
   * nothing but the starter (Spring Boot's choice of HTTP client and the starter's defaults), on 1
   * thread and, in full mode, on 16.
   */
  private static List<HeadToHead.Result> headToHead(
      PrintStream out, boolean full, Duration warmup, int rounds, Duration window) {
    try (LoopbackServer server = HttpBenchmark.server();
        ApplicationInstances starterOnly =
            new ApplicationInstances(1, server.baseUrl(), API_KEY, Map.of());
        HttpLoop client = ClientLoop.apache(server.baseUrl());
        HttpLoop raw = new RawApacheLoop(server.baseUrl())) {
      SegmentsClient application = starterOnly.clients().get(0);
      Supplier<Object> baseline = () -> raw.call(HttpScenario.GET_DATASET);
      Supplier<Object> applicationCall = () -> application.getDataset(HttpScenario.DATASET);
      List<HeadToHead.Row> rows = new ArrayList<>();
      rows.add(
          new HeadToHead.Row(
              CONCURRENT_ROW, THREADS, () -> client.call(HttpScenario.GET_DATASET), baseline));
      rows.add(new HeadToHead.Row(STARTER_ROW, 1, applicationCall, baseline));
      if (full) {
        rows.add(new HeadToHead.Row(STARTER_ROW, THREADS, applicationCall, baseline));
      }
      List<HeadToHead.Result> results = HeadToHead.run(rows, warmup, rounds, window);
      Table table =
          new Table(
              "getDataset vs " + RAW_APACHE + " (best of rounds)",
              "threads",
              "contender calls/s",
              RAW_APACHE + " calls/s",
              "contender/raw (median of rounds)");
      results.forEach(
          r ->
              table.row(
                  r.row().label(),
                  r.row().threads(),
                  r.contenderRate(),
                  r.baselineRate(),
                  r.medianRatio()));
      table.print(out);
      out.printf(
          Locale.ROOT,
          "(these rows opened %d connections: the 16-thread contenders one per thread)%n%n",
          server.connections());
      return results;
    }
  }

  /**
   * The last line: the lowest of the {@code getDataset} and {@code getSample} ratios and the
   * 16-thread {@code getDataset} ratio (each the median of its rounds).
   */
  private static void printRatio(
      PrintStream out, HttpBenchmark.Result result, List<HeadToHead.Result> rows) {
    DoubleStream gets = GETS.stream().mapToDouble(s -> ratio(result, s));
    DoubleStream concurrent =
        rows.stream()
            .filter(r -> r.row().label().equals(CONCURRENT_ROW))
            .mapToDouble(HeadToHead.Result::medianRatio);
    double ratio = DoubleStream.concat(gets, concurrent).min().orElseThrow();
    out.printf(Locale.ROOT, "client/raw throughput ratio: %.2f%n", ratio);
  }
}
