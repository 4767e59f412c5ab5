package ai.segments.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The {@code overload} mode: every rate-limit model × shape × protection setting of the options,
 * one table row each with the targets, then the outage (once, with the first model) and the
 * single never-throttled instance; cells of the default settings that miss a target are marked, and
 * the last line lists the misses.
 */
final class OverloadReport {

  private OverloadReport() {}

  /**
   * Runs and prints.
   *
   * @param out where to print
   * @param options what to run
   * @throws InterruptedException when interrupted
   */
  static void run(PrintStream out, OverloadOptions options) throws InterruptedException {
    printHeader(out, options);
    List<OverloadRun> runs = runs(options);
    List<OverloadResult> results = new ArrayList<>();
    for (OverloadRun run : runs) {
      results.add(run.run());
      System.err.printf(
          Locale.ROOT,
          "overload: %d of %d runs done (%s, %s, %s)%n",
          results.size(),
          runs.size(),
          run.model().label(),
          run.shape().name(),
          run.setting().label());
    }
    OverloadTargets targets = new OverloadTargets();
    OverloadTable.throttled(results, targets).print(out);
    if (results.stream().anyMatch(result -> result.outage() != null)) {
      OverloadTable.outage(results, targets).print(out);
    }
    if (options.singleInstance()) {
      double ratio = ProtectionCost.ratio();
      out.printf(
          Locale.ROOT,
          "single instance, never throttled: getDataset calls/s with the protection ÷ without"
              + " (median of %d interleaved rounds): %s (target ≥ %.2f)%n",
          ProtectionCost.ROUNDS,
          targets.atLeast(
              true,
              "single instance",
              "calls/s ratio",
              String.format(Locale.ROOT, "%.3f", ratio),
              ratio,
              OverloadTargets.MIN_SINGLE_INSTANCE_RATIO),
          OverloadTargets.MIN_SINGLE_INSTANCE_RATIO);
      out.printf(
          Locale.ROOT,
          "time the protection adds to a call in process (breaker closed, rate not limited, budget"
              + " full): %.0f ns%n",
          ProtectionCost.nanosPerCall());
    }
    out.printf(Locale.ROOT, "load average at the end: %s%n", MachineLoad.systemLoadAverage());
    targets.printSummary(out);
  }

  /** Every model × shape × setting; the outage follows the first model's 4x16 runs. */
  private static List<OverloadRun> runs(OverloadOptions options) {
    ThrottleModel outageModel = options.models().get(0);
    List<OverloadRun> runs = new ArrayList<>();
    for (ThrottleModel model : options.models()) {
      for (OverloadShape shape : options.shapes()) {
        for (ProtectionSetting setting : options.settings()) {
          boolean outage =
              options.outage()
                  && model == outageModel
                  && shape.name().equals(OverloadOptions.OUTAGE_SHAPE);
          runs.add(new OverloadRun(model, shape, setting, options.warmUp(), outage));
        }
      }
    }
    if (options.outage() && runs.stream().noneMatch(OverloadRun::outage)) {
      OverloadShape shape =
          OverloadShape.named(OverloadOptions.OUTAGE_SHAPE, options.phase(), options.warmUp());
      for (ProtectionSetting setting : options.settings()) {
        runs.add(new OverloadRun(outageModel, shape, setting, options.warmUp(), true));
      }
    }
    return runs;
  }

  private static void printHeader(PrintStream out, OverloadOptions options) {
    out.printf(
        Locale.ROOT,
        "overload: application instances (Spring contexts with the starter) sharing one API key call"
            + " getDataset with %d ms pauses; the emulator allows %d requests/s with each model (%s;"
            + " the token bucket with its default burst, the limit)."
            + " Each run calls for %d s, the first %d s not measured; join-leave changes after %d s"
            + " and %d s more.%n",
        InstanceLoad.THINK.toMillis(),
        OverloadRun.LIMIT,
        options.models().stream().map(ThrottleModel::label).collect(Collectors.joining(", ")),
        options.phase().toSeconds(),
        options.warmUp().toSeconds(),
        options.phase().toSeconds(),
        options.phase().minus(options.warmUp()).toSeconds());
    out.println("shapes:");
    for (String name : OverloadShape.NAMES) {
      out.printf(
          Locale.ROOT,
          "  %s: %s%n",
          name,
          OverloadShape.named(name, options.phase(), options.warmUp()).description());
    }
    out.printf(
        Locale.ROOT,
        "outage (first model, %s): %d s of 503 to everything after the throttled part, then %d s"
            + " of recovery. Targets apply to the defaults rows;%s marks a miss.%n%n",
        OverloadOptions.OUTAGE_SHAPE,
        OverloadRun.OUTAGE.toSeconds(),
        OverloadRun.RECOVERY.toSeconds(),
        OverloadTargets.MISS);
  }
}
