package ai.segments.benchmarks;

import ai.segments.client.SegmentsClient;
import ai.segments.client.export.ExportFormat;
import ai.segments.client.export.ExportOptions;
import ai.segments.client.export.ReleaseExporter;
import ai.segments.client.release.ReleaseDatasets;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The export mode's bounded-memory check: each format exported once at 0 ms in a child JVM capped
 * at {@value #HEAP}, with the exporter's default concurrency, on the release and on the large
 * release (whose samples reuse the release's assets), so that a heap that grows with the release
 * shows. A child that fails is reported with its exit code and first error line, never left out.
 */
final class ExportChildRuns {

  static final String HEAP = "-Xmx256m";
  static final String MODE = "export-child";

  private static final Duration TIMEOUT = Duration.ofMinutes(10);

  /**
   * One child run.
   *
   * @param format the format
   * @param samples the release's samples
   * @param result what the child measured
   */
  record Run(ExportFormat format, int samples, HeapCappedChild.Result result) {

    boolean succeeded() {
      return this.result.exitCode() == 0;
    }
  }

  private ExportChildRuns() {}

  /** Runs and prints every format × release size. */
  static List<Run> run(
      PrintStream out, String baseUrl, ExportReleases releases, ExportSettings settings)
      throws IOException {
    List<Run> runs = new ArrayList<>();
    for (boolean large : List.of(false, true)) {
      int samples = large ? settings.largeSamples() : settings.samples();
      for (ExportFormat format : settings.formats()) {
        String dataset = ExportBenchmark.dataset(releases, format, large);
        runs.add(new Run(format, samples, child(baseUrl, dataset, format, samples)));
      }
    }
    print(out, runs);
    return runs;
  }

  private static HeapCappedChild.Result child(
      String baseUrl, String dataset, ExportFormat format, int samples) throws IOException {
    try {
      return HeapCappedChild.run(
          HEAP, TIMEOUT, MODE, baseUrl, dataset, format.value(), String.valueOf(samples));
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while exporting in the child JVM", ex);
    }
  }

  private static void print(PrintStream out, List<Run> runs) {
    out.println(
        "export once in a child JVM ("
            + HEAP
            + ", 0 ms, default concurrency): time = the export's wall time; peak heap = the sum"
            + " of the heap pools' own peaks (reached at different times, so it may exceed the"
            + " cap); max live = the most heap in use right after a collection");
    Table table =
        new Table(
            "format",
            "samples",
            "time (s)",
            "samples/s",
            "peak heap (MB)",
            "max live (MB)",
            "exit",
            "error");
    for (Run run : runs) {
      HeapCappedChild.Result r = run.result();
      table.row(
          run.format().value(),
          run.samples(),
          r.seconds(),
          run.succeeded() ? run.samples() / r.seconds() : "—",
          r.peakHeapMb(),
          r.maxLiveMb(),
          r.exitCode(),
          r.error().isEmpty() ? "—" : r.error().replace('|', '/'));
    }
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
        ExportBenchmark.export(
            exporter,
            dataset,
            ExportReleases.FULL,
            ExportFormat.fromValue(format),
            ExportOptions.defaults());
    HeapCappedChild.report(System.out, samples, seconds, maxLive);
  }
}
