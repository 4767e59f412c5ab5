package ai.segments.benchmarks;

import ai.segments.client.SegmentsClient;
import ai.segments.client.export.DirectoryExportSink;
import ai.segments.client.export.ExportFormat;
import ai.segments.client.export.ExportOptions;
import ai.segments.client.export.ReleaseExporter;
import ai.segments.client.release.ReleaseDatasets;
import ai.segments.client.release.ReleaseSelection;
import ai.segments.emulator.Seed;
import ai.segments.emulator.SegmentsEmulator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The {@code export} mode: exports the releases of {@link ExportReleases} from the emulator with 0
 * ms and {@value #SLOW_MILLIS} ms added to every download (the emulator's {@code storageDownload}
 * fault delay), each format once cold and {@link Settings#warmRuns} times warm with the exporter's
 * default concurrency, then on the smaller baseline release with concurrency 1, and prints one row
 * per format × latency; then exports each format once more at 0 ms in a child JVM capped at {@value
 * #HEAP}. The in-process peak heap is the whole JVM's, emulator and its stored assets included; the
 * child's is the exporter's alone.
 */
final class ExportBenchmark {

  /** The formats measured, with the dataset kind each one exports. */
  static final List<ExportFormat> FORMATS =
      List.of(
          ExportFormat.INSTANCE,
          ExportFormat.SEMANTIC,
          ExportFormat.YOLO,
          ExportFormat.COCO_INSTANCE);

  static final long SLOW_MILLIS = 50;
  static final String HEAP = "-Xmx256m";
  static final List<Long> LATENCIES = List.of(0L, SLOW_MILLIS);

  /**
   * What to run.
   *
   * @param samples the samples of the full release
   * @param baselineSamples the samples of the concurrency-1 baseline release
   * @param warmRuns the warm exports per format × latency (the median is reported)
   */
  record Settings(int samples, int baselineSamples, int warmRuns) {

    static final Settings DEFAULT = new Settings(300, 40, 3);
    static final Settings QUICK = new Settings(8, 4, 3);

    /** The settings of {@code export [--quick] [--samples N] [--baseline-samples M]}. */
    static Settings parse(String[] args) {
      Settings settings = DEFAULT;
      for (int i = 1; i < args.length; i++) {
        switch (args[i]) {
          case "--quick" -> settings = QUICK;
          case "--samples" ->
              settings =
                  new Settings(
                      positive(args, ++i),
                      Math.min(settings.baselineSamples, positive(args, i)),
                      settings.warmRuns);
          case "--baseline-samples" ->
              settings = new Settings(settings.samples, positive(args, ++i), settings.warmRuns);
          default -> throw new IllegalArgumentException("unknown export option " + args[i]);
        }
      }
      if (settings.baselineSamples > settings.samples) {
        throw new IllegalArgumentException("--baseline-samples is larger than --samples");
      }
      return settings;
    }

    private static int positive(String[] args, int i) {
      if (i >= args.length || !args[i].matches("[1-9][0-9]{0,6}")) {
        throw new IllegalArgumentException("expected a positive sample count after " + args[i - 1]);
      }
      return Integer.parseInt(args[i]);
    }
  }

  /**
   * One row of the table.
   *
   * @param format the format
   * @param latencyMillis the added latency per download
   * @param coldSeconds the first export's wall time
   * @param warmSeconds the median warm wall time
   * @param samples the samples exported per run
   * @param baselineSecondsPerSample the concurrency-1 wall time per sample
   * @param peakHeapMb the peak used heap over these exports
   */
  record Row(
      ExportFormat format,
      long latencyMillis,
      double coldSeconds,
      double warmSeconds,
      int samples,
      double baselineSecondsPerSample,
      double peakHeapMb) {

    double samplesPerSecond() {
      return this.samples / this.warmSeconds;
    }

    double speedUp() {
      return this.baselineSecondsPerSample * this.samples / this.warmSeconds;
    }
  }

  private ExportBenchmark() {}

  /** Generates the releases, measures every format × latency and prints the table. */
  static List<Row> run(PrintStream out, Settings settings) throws IOException {
    List<Row> rows = new ArrayList<>();
    try (SegmentsEmulator emulator =
        SegmentsEmulator.builder()
            .seed(Seed.NONE)
            .user(SegmentsEmulator.DEMO_USER, Benchmarks.API_KEY)
            .build()
            .start()) {
      SegmentsClient client =
          SegmentsClient.builder().apiKey(emulator.apiKey()).apiUrl(emulator.baseUrl()).build();
      long start = System.nanoTime();
      ExportReleases releases =
          ExportReleases.generate(client, settings.samples(), settings.baselineSamples());
      out.printf(
          Locale.ROOT,
          "generated %d samples per dataset in %.1f s%n%n",
          settings.samples(),
          (System.nanoTime() - start) / 1e9);
      ReleaseExporter exporter =
          new ReleaseExporter(
              client, ReleaseDatasets.builder(client).pollInterval(Duration.ofMillis(20)).build());
      for (long latency : LATENCIES) {
        emulator.faults().clear();
        if (latency > 0) {
          emulator.faults().forOperation("storageDownload").delay(Duration.ofMillis(latency));
        }
        for (ExportFormat format : FORMATS) {
          rows.add(measure(exporter, releases, format, latency, settings));
        }
      }
      emulator.faults().clear();
      print(out, rows, settings);
      printHeapCapped(out, emulator.baseUrl(), releases, settings);
    }
    return rows;
  }

  /** Each format once more, in a child JVM whose heap is capped at {@value #HEAP}, at 0 ms. */
  private static void printHeapCapped(
      PrintStream out, String baseUrl, ExportReleases releases, Settings settings)
      throws IOException {
    Table table =
        new Table("format (" + HEAP + ", child JVM, 0 ms)", "time (s)", "peak heap (MB)", "exit");
    for (ExportFormat format : FORMATS) {
      try {
        HeapCappedChild.Result result =
            HeapCappedChild.run(
                HEAP,
                Duration.ofMinutes(10),
                "export-child",
                baseUrl,
                dataset(releases, format),
                format.value(),
                String.valueOf(settings.samples()));
        table.row(format.value(), result.seconds(), result.peakHeapMb(), result.exitCode());
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while exporting in the child JVM", ex);
      }
    }
    out.println("export " + settings.samples() + " samples in a child JVM");
    table.print(out);
  }

  /**
   * The child process: exports the full release of a dataset once and prints its report.
   *
   * @param samples the release's sample count, for the report
   */
  static void child(String baseUrl, String dataset, String format, long samples)
      throws IOException {
    AtomicLong maxLive = HeapCappedChild.watchLiveHeap();
    SegmentsClient client =
        SegmentsClient.builder().apiKey(Benchmarks.API_KEY).apiUrl(baseUrl).build();
    ReleaseExporter exporter =
        new ReleaseExporter(
            client, ReleaseDatasets.builder(client).pollInterval(Duration.ofMillis(20)).build());
    double seconds =
        export(
            exporter,
            dataset,
            ExportReleases.FULL,
            ExportFormat.fromValue(format),
            ExportOptions.defaults());
    HeapCappedChild.report(System.out, samples, seconds, maxLive);
  }

  private static String dataset(ExportReleases releases, ExportFormat format) {
    return (format == ExportFormat.YOLO) ? releases.boxes() : releases.segmentation();
  }

  private static Row measure(
      ReleaseExporter exporter,
      ExportReleases releases,
      ExportFormat format,
      long latency,
      Settings settings)
      throws IOException {
    String dataset = dataset(releases, format);
    ExportOptions defaults = ExportOptions.defaults();
    System.gc();
    try (HeapPeak heap = new HeapPeak()) {
      double cold = export(exporter, dataset, ExportReleases.FULL, format, defaults);
      double[] warm = new double[settings.warmRuns()];
      for (int run = 0; run < warm.length; run++) {
        warm[run] = export(exporter, dataset, ExportReleases.FULL, format, defaults);
      }
      double baseline =
          export(exporter, dataset, ExportReleases.BASELINE, format, defaults.withConcurrency(1));
      return new Row(
          format,
          latency,
          cold,
          Medians.of(warm),
          settings.samples(),
          baseline / settings.baselineSamples(),
          heap.megabytes());
    }
  }

  /** One export into a fresh temporary directory, deleted afterwards: its wall time in seconds. */
  private static double export(
      ReleaseExporter exporter,
      String dataset,
      String release,
      ExportFormat format,
      ExportOptions options)
      throws IOException {
    Path directory = Files.createTempDirectory("segments-export-benchmark-");
    try {
      long start = System.nanoTime();
      exporter.export(
          dataset,
          release,
          ReleaseSelection.all(),
          format,
          options,
          new DirectoryExportSink(directory));
      return (System.nanoTime() - start) / 1e9;
    } finally {
      delete(directory);
    }
  }

  private static void delete(Path directory) throws IOException {
    try (Stream<Path> walk = Files.walk(directory)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (UncheckedIOException ex) {
      throw ex.getCause();
    }
  }

  private static void print(PrintStream out, List<Row> rows, Settings settings) {
    out.printf(
        Locale.ROOT,
        "export %d samples: warm = median of %d warm runs after one cold, default concurrency;"
            + " × concurrency 1 = per-sample time of one concurrency-1 run on %d samples"
            + " over the warm per-sample time%n%n",
        settings.samples(),
        settings.warmRuns(),
        settings.baselineSamples());
    Table table =
        new Table(
            "format",
            "latency (ms)",
            "cold (s)",
            "warm (s)",
            "samples/s",
            "t(50 ms)/t(0 ms)",
            "× concurrency 1",
            "peak heap (MB)");
    for (Row row : rows) {
      table.row(
          row.format().value(),
          row.latencyMillis(),
          row.coldSeconds(),
          row.warmSeconds(),
          row.samplesPerSecond(),
          latencyCost(rows, row),
          row.speedUp(),
          row.peakHeapMb());
    }
    table.print(out);
  }

  /** {@code t(50 ms) / t(0 ms)} on the 50 ms row, a dash on the 0 ms row. */
  private static Object latencyCost(List<Row> rows, Row row) {
    if (row.latencyMillis() == 0) {
      return "—";
    }
    return rows.stream()
        .filter(r -> r.format() == row.format() && r.latencyMillis() == 0)
        .findFirst()
        .map(fast -> row.warmSeconds() / fast.warmSeconds())
        .orElseThrow();
  }
}
