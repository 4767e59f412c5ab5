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
import java.util.stream.Stream;

/**
 * The {@code export} mode: exports the releases of {@link ExportReleases} from the emulator with 0
 * ms and {@value #SLOW_MILLIS} ms added to every download (the emulator's {@code storageDownload}
 * fault delay), each format once cold and {@link ExportSettings#warmRuns} times warm with the
 * exporter's default concurrency (or the settings' own), then as many times on the smaller baseline
 * release with concurrency 1 (the median is the baseline), and prints one row per format × latency;
 * then exports each format once more at 0 ms in a child JVM capped at {@value
 * ExportChildRuns#HEAP}, on the release and on the large release ({@link ExportChildRuns}). The
 * in-process peak heap is the whole JVM's, emulator and its stored assets included; the child's is
 * the exporter's alone. The machine's load is printed at the start, before the child runs and at
 * the end.
 */
final class ExportBenchmark {

  static final long SLOW_MILLIS = 50;
  static final List<Long> LATENCIES = List.of(0L, SLOW_MILLIS);

  /**
   * The emulator's request threads: each delayed download holds one while it waits, so there are
   * more than the largest export concurrency, and the emulator (standing in for storage that serves
   * any number of downloads at once) never bounds the exporter.
   */
  static final int EMULATOR_THREADS = ExportOptions.MAX_CONCURRENCY + 8;

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

  /**
   * Generates the releases, measures every format × latency, prints the table, then the child JVM
   * runs.
   *
   * @return the rows of the table and the child runs
   */
  static Report run(PrintStream out, ExportSettings settings) throws IOException {
    out.println("start: " + MachineLoad.describe());
    List<Row> rows = new ArrayList<>();
    List<ExportChildRuns.Run> children;
    try (SegmentsEmulator emulator =
        SegmentsEmulator.builder()
            .seed(Seed.NONE)
            .user(SegmentsEmulator.DEMO_USER, Benchmarks.API_KEY)
            .threads(EMULATOR_THREADS)
            .build()
            .start()) {
      SegmentsClient client =
          SegmentsClient.builder().apiKey(emulator.apiKey()).apiUrl(emulator.baseUrl()).build();
      long start = System.nanoTime();
      ExportReleases releases =
          ExportReleases.generate(
              client, settings.samples(), settings.baselineSamples(), settings.largeSamples());
      out.printf(
          Locale.ROOT,
          "generated %d samples per dataset (and %d reusing their assets) in %.1f s%n%n",
          settings.samples(),
          settings.largeSamples(),
          (System.nanoTime() - start) / 1e9);
      ReleaseExporter exporter =
          new ReleaseExporter(
              client, ReleaseDatasets.builder(client).pollInterval(Duration.ofMillis(20)).build());
      for (long latency : LATENCIES) {
        emulator.faults().clear();
        if (latency > 0) {
          emulator.faults().forOperation("storageDownload").delay(Duration.ofMillis(latency));
        }
        for (ExportFormat format : settings.formats()) {
          rows.add(measure(exporter, releases, format, latency, settings));
        }
      }
      emulator.faults().clear();
      print(out, rows, settings);
      out.println("before the child JVMs: " + MachineLoad.describe());
      children = ExportChildRuns.run(out, emulator.baseUrl(), releases, settings);
    }
    out.println("end: " + MachineLoad.describe());
    return new Report(rows, children);
  }

  /**
   * What a run measured.
   *
   * @param rows the in-process rows, per format × latency
   * @param children the heap-capped child runs, per release size × format
   */
  record Report(List<Row> rows, List<ExportChildRuns.Run> children) {}

  /** The dataset a format exports: boxes for YOLO, bitmaps for the others. */
  static String dataset(ExportReleases releases, ExportFormat format, boolean large) {
    if (format == ExportFormat.YOLO) {
      return large ? releases.largeBoxes() : releases.boxes();
    }
    return large ? releases.largeSegmentation() : releases.segmentation();
  }

  private static Row measure(
      ReleaseExporter exporter,
      ExportReleases releases,
      ExportFormat format,
      long latency,
      ExportSettings settings)
      throws IOException {
    String dataset = dataset(releases, format, false);
    ExportOptions options = settings.options();
    System.gc();
    try (HeapPeak heap = new HeapPeak()) {
      double cold = export(exporter, dataset, ExportReleases.FULL, format, options);
      double[] warm = new double[settings.warmRuns()];
      for (int run = 0; run < warm.length; run++) {
        warm[run] = export(exporter, dataset, ExportReleases.FULL, format, options);
      }
      double[] baselines = new double[settings.warmRuns()];
      for (int run = 0; run < baselines.length; run++) {
        baselines[run] =
            export(
                exporter,
                dataset,
                ExportReleases.BASELINE,
                format,
                ExportOptions.defaults().withConcurrency(1));
      }
      return new Row(
          format,
          latency,
          cold,
          Medians.of(warm),
          settings.samples(),
          Medians.of(baselines) / settings.baselineSamples(),
          heap.megabytes());
    }
  }

  /** One export into a fresh temporary directory, deleted afterwards: its wall time in seconds. */
  static double export(
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

  private static void print(PrintStream out, List<Row> rows, ExportSettings settings) {
    out.printf(
        Locale.ROOT,
        "export %d samples: warm = median of %d warm runs after one cold, %s;"
            + " × concurrency 1 = per-sample time of the median of %d concurrency-1 runs on %d"
            + " samples over the warm per-sample time%n%n",
        settings.samples(),
        settings.warmRuns(),
        settings.concurrencyText(),
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
