package ai.segments.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The overload report's tables, their cells checked against the targets. */
final class OverloadTable {

  /** The throttled table's header. */
  static final List<String> THROTTLED_HEADER =
      List.of(
          "model",
          "shape",
          "settings",
          "429 answers (%)",
          "limit used (%)",
          "p99 throttled (ms)",
          "ApiLimitException calls",
          "under 5% 429s after each change (s)",
          "shares: import, small-call instances (%)");

  /** The outage table's header. */
  static final List<String> OUTAGE_HEADER =
      List.of(
          "model",
          "shape",
          "settings",
          "attempts/call in outage",
          "p50 outage (ms)",
          "p99 outage (ms)",
          "recovery to 90% (s)");

  private OverloadTable() {}

  /**
   * One row per result, then the target row.
   *
   * @param results the runs' figures
   * @param targets checks the defaults rows
   * @return the table
   */
  static Table throttled(List<OverloadResult> results, OverloadTargets targets) {
    Table table = new Table(THROTTLED_HEADER.toArray(String[]::new));
    for (OverloadResult result : results) {
      OverloadTargets.Row check = targets.row(result);
      table.row(
          result.model().label(),
          result.shape().name(),
          result.setting().label(),
          check.atMost(
              "429 answers (%)",
              Table.text(result.throttledShare()),
              result.throttledShare(),
              OverloadTargets.MAX_THROTTLED_PERCENT),
          check.atLeast(
              "limit used (%)",
              Table.text(result.limitUsed()),
              result.limitUsed(),
              OverloadTargets.MIN_LIMIT_USED_PERCENT),
          check.atMost(
              "p99 throttled (ms)",
              Table.text(result.throttledP99()),
              result.throttledP99(),
              OverloadTargets.MAX_THROTTLED_P99_MS),
          result.limitFailures(),
          settle(result, check),
          shares(result, check));
    }
    table.row(
        "",
        "",
        "target",
        "≤ " + OverloadTargets.number(OverloadTargets.MAX_THROTTLED_PERCENT),
        "≥ " + OverloadTargets.number(OverloadTargets.MIN_LIMIT_USED_PERCENT),
        "≤ " + OverloadTargets.number(OverloadTargets.MAX_THROTTLED_P99_MS),
        "",
        "≤ " + OverloadTargets.number(OverloadTargets.MAX_SETTLE_SECONDS) + " each",
        "small-call instances ≥ "
            + OverloadTargets.number(100 * OverloadTargets.MIN_FAIR_SHARE_FRACTION)
            + "% of an equal share each");
    return table;
  }

  /**
   * One row per result with an outage, then the target row.
   *
   * @param results the runs' figures
   * @param targets checks the defaults rows
   * @return the table
   */
  static Table outage(List<OverloadResult> results, OverloadTargets targets) {
    Table table = new Table(OUTAGE_HEADER.toArray(String[]::new));
    for (OverloadResult result : results) {
      OverloadResult.Outage outage = result.outage();
      if (outage == null) {
        continue;
      }
      OverloadTargets.Row check = targets.row(result);
      table.row(
          result.model().label(),
          result.shape().name(),
          result.setting().label(),
          check.atMost(
              "attempts/call in outage",
              String.format(Locale.ROOT, "%.3f", outage.attemptsPerCall()),
              outage.attemptsPerCall(),
              OverloadTargets.MAX_ATTEMPTS_PER_CALL),
          Table.text(outage.p50()),
          check.atMost(
              "p99 outage (ms)",
              Table.text(outage.p99()),
              outage.p99(),
              OverloadTargets.MAX_OUTAGE_P99_MS),
          check.atMost(
              "recovery (s)",
              (outage.recoverySeconds() < 0)
                  ? "not within " + OverloadRun.RECOVERY.toSeconds() + " s"
                  : Table.text(outage.recoverySeconds()),
              outage.recoverySeconds(),
              OverloadTargets.MAX_RECOVERY_SECONDS));
    }
    table.row(
        "",
        "",
        "target",
        "≤ " + OverloadTargets.number(OverloadTargets.MAX_ATTEMPTS_PER_CALL),
        "",
        "≤ " + OverloadTargets.number(OverloadTargets.MAX_OUTAGE_P99_MS),
        "≤ " + OverloadTargets.number(OverloadTargets.MAX_RECOVERY_SECONDS));
    return table;
  }

  /** For each change, e.g. {@code 4→8: 2}; empty for a shape without changes. */
  private static String settle(OverloadResult result, OverloadTargets.Row check) {
    List<OverloadShape.Step> steps = result.shape().steps();
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < result.settleSeconds().size(); i++) {
      double seconds = result.settleSeconds().get(i);
      String change = steps.get(i).instances() + "→" + steps.get(i + 1).instances();
      cells.add(
          change
              + ": "
              + check.atMost(
                  "under 5% 429s after " + change + " (s)",
                  (seconds < 0)
                      ? "not within " + steps.get(i + 1).length().toSeconds()
                      : OverloadTargets.number(seconds),
                  seconds,
                  OverloadTargets.MAX_SETTLE_SECONDS));
    }
    return String.join(", ", cells);
  }

  /** For a bulk shape, the import's share then each small-call instance's, checked. */
  private static String shares(OverloadResult result, OverloadTargets.Row check) {
    List<Double> shares = result.shares();
    if (shares.isEmpty()) {
      return "";
    }
    double fair = 100.0 / shares.size() * OverloadTargets.MIN_FAIR_SHARE_FRACTION;
    String small =
        shares.subList(1, shares.size()).stream()
            .map(share -> check.atLeast("small-call share (%)", Table.text(share), share, fair))
            .collect(Collectors.joining(", "));
    return "import " + Table.text(shares.get(0)) + "; " + small;
  }
}
