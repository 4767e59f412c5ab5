package ai.segments.benchmarks;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code overload} mode: the overload scenario without the protection (as before issue 14) and
 * with the default settings, printed as one table with the targets.
 */
final class OverloadReport {

  private OverloadReport() {}

  /**
   * Runs both and prints the table.
   *
   * @param out where to print
   * @throws InterruptedException when interrupted
   */
  static void run(PrintStream out) throws InterruptedException {
    out.printf(
        Locale.ROOT,
        "overload: %d instances × %d threads, getDataset with %d ms pauses, one API key; emulator"
            + " token bucket %d requests/s (burst %d); %d s throttled (first %d s not measured),"
            + " %d s of 503 to everything, then recovery%n%n",
        OverloadBenchmark.INSTANCES,
        OverloadBenchmark.THREADS,
        OverloadBenchmark.THINK.toMillis(),
        OverloadBenchmark.LIMIT,
        OverloadBenchmark.BURST,
        OverloadBenchmark.THROTTLED.toSeconds(),
        OverloadBenchmark.CONVERGENCE.toSeconds(),
        OverloadBenchmark.OUTAGE.toSeconds());
    OverloadBenchmark.Result before =
        OverloadBenchmark.run("protection off", OverloadBenchmark.PROTECTION_OFF);
    OverloadBenchmark.Result after = OverloadBenchmark.run("defaults", Map.of());
    Table table =
        new Table(
            "settings",
            "429 answers (%)",
            "limit used (%)",
            "p99 throttled (ms)",
            "ApiLimitException calls",
            "attempts/call in outage",
            "p50 outage (ms)",
            "p99 outage (ms)",
            "recovery to 90% (s)");
    row(table, before);
    row(table, after);
    table.row("target", "≤ 5", "≥ 95", "", "0", "≤ 1.2", "", "≤ 500", "≤ 5");
    table.print(out);
    out.printf(
        Locale.ROOT,
        "single instance, never throttled: getDataset calls/s with the protection ÷ without"
            + " (median of 9 rounds): %.3f%n",
        ProtectionCost.ratio());
    out.printf(
        Locale.ROOT,
        "time the protection adds to a call in process (breaker closed, rate not limited, budget"
            + " full): %.0f ns%n",
        ProtectionCost.nanosPerCall());
  }

  private static void row(Table table, OverloadBenchmark.Result result) {
    table.row(
        result.label(),
        result.throttledShare(),
        result.limitUsed(),
        result.throttledP99(),
        result.limitFailures(),
        String.format(Locale.ROOT, "%.3f", result.attemptsPerCall()),
        result.outageP50(),
        result.outageP99(),
        (result.recoverySeconds() < 0) ? "not within 15 s" : result.recoverySeconds());
  }
}
