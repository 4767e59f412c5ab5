package ai.segments.benchmarks;

import ai.segments.client.export.ExportFormat;
import ai.segments.client.export.ExportOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * What the {@code export} mode runs: {@code export [--quick] [--samples N] [--baseline-samples M]
 * [--large-samples L] [--formats f,g] [--concurrency C]}.
 *
 * @param samples the samples of the full release
 * @param baselineSamples the samples of the concurrency-1 baseline release
 * @param largeSamples the samples of the large release exported only in the heap-capped child JVM
 * @param warmRuns the warm exports per format × latency (the median is reported)
 * @param formats the formats measured
 * @param concurrency the concurrency of the measured runs, {@link
 *     ExportOptions#EXPORTER_DEFAULT_CONCURRENCY} for the exporter's default
 */
record ExportSettings(
    int samples,
    int baselineSamples,
    int largeSamples,
    int warmRuns,
    List<ExportFormat> formats,
    int concurrency) {

  /** The formats measured by default, each with its own dataset kind. */
  static final List<ExportFormat> FORMATS =
      List.of(
          ExportFormat.INSTANCE,
          ExportFormat.SEMANTIC,
          ExportFormat.YOLO,
          ExportFormat.COCO_INSTANCE);

  static final ExportSettings DEFAULT =
      new ExportSettings(300, 40, 3000, 3, FORMATS, ExportOptions.EXPORTER_DEFAULT_CONCURRENCY);
  static final ExportSettings QUICK =
      new ExportSettings(8, 4, 12, 3, FORMATS, ExportOptions.EXPORTER_DEFAULT_CONCURRENCY);

  /** Checks the settings. */
  ExportSettings {
    formats = List.copyOf(formats);
    if (baselineSamples > samples) {
      throw new IllegalArgumentException("--baseline-samples is larger than --samples");
    }
    if (formats.isEmpty()) {
      throw new IllegalArgumentException("--formats names no format");
    }
  }

  /** The settings of the command line, whose first argument is the mode. */
  static ExportSettings parse(String[] args) {
    ExportSettings s = DEFAULT;
    for (int i = 1; i < args.length; i++) {
      String option = args[i];
      s =
          switch (option) {
            case "--quick" -> QUICK;
            case "--samples" -> {
              int samples = positive(args, ++i);
              yield new ExportSettings(
                  samples,
                  Math.min(s.baselineSamples, samples),
                  s.largeSamples,
                  s.warmRuns,
                  s.formats,
                  s.concurrency);
            }
            case "--baseline-samples" ->
                new ExportSettings(
                    s.samples,
                    positive(args, ++i),
                    s.largeSamples,
                    s.warmRuns,
                    s.formats,
                    s.concurrency);
            case "--large-samples" ->
                new ExportSettings(
                    s.samples,
                    s.baselineSamples,
                    positive(args, ++i),
                    s.warmRuns,
                    s.formats,
                    s.concurrency);
            case "--formats" ->
                new ExportSettings(
                    s.samples,
                    s.baselineSamples,
                    s.largeSamples,
                    s.warmRuns,
                    formats(args, ++i),
                    s.concurrency);
            case "--concurrency" -> {
              int concurrency = positive(args, ++i);
              if (concurrency > ExportOptions.MAX_CONCURRENCY) {
                throw new IllegalArgumentException(
                    "--concurrency is above " + ExportOptions.MAX_CONCURRENCY);
              }
              yield new ExportSettings(
                  s.samples, s.baselineSamples, s.largeSamples, s.warmRuns, s.formats, concurrency);
            }
            default -> throw new IllegalArgumentException("unknown export option " + option);
          };
    }
    return s;
  }

  /** The options of the measured runs. */
  ExportOptions options() {
    ExportOptions defaults = ExportOptions.defaults();
    return (this.concurrency == ExportOptions.EXPORTER_DEFAULT_CONCURRENCY)
        ? defaults
        : defaults.withConcurrency(this.concurrency);
  }

  /** How the measured runs' concurrency is printed. */
  String concurrencyText() {
    return (this.concurrency == ExportOptions.EXPORTER_DEFAULT_CONCURRENCY)
        ? "the exporter's default concurrency"
        : "concurrency " + this.concurrency;
  }

  private static int positive(String[] args, int i) {
    if (i >= args.length || !args[i].matches("[1-9][0-9]{0,6}")) {
      throw new IllegalArgumentException("expected a positive count after " + args[i - 1]);
    }
    return Integer.parseInt(args[i]);
  }

  private static List<ExportFormat> formats(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException("expected formats after --formats");
    }
    List<ExportFormat> formats = new ArrayList<>();
    for (String value : args[i].split(",", -1)) {
      formats.add(ExportFormat.fromValue(value));
    }
    return formats;
  }
}
