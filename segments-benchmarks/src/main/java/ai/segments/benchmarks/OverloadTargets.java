package ai.segments.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The targets of issue 25 for the default settings: a cell that misses its target is marked {@value
 * #MISS} and remembered, so that the report ends with every miss.
 */
final class OverloadTargets {

  /** Appended to a cell that misses its target. */
  static final String MISS = " ✗";

  /** At most this share of the attempts is answered 429, percent. */
  static final double MAX_THROTTLED_PERCENT = 5;

  /** At least this share of the limit is used (goodput), percent. */
  static final double MIN_LIMIT_USED_PERCENT = 95;

  /** The p99 call latency while throttled at 100 requests/s, ms. */
  static final double MAX_THROTTLED_P99_MS = 1500;

  /** After instances join or leave, back under 5 % 429 answers within this many seconds. */
  static final double MAX_SETTLE_SECONDS = 5;

  /**
   * Beside a bulk import, each small-call instance gets at least half of an equal share of the
   * limit: the import does not starve it.
   */
  static final double MIN_FAIR_SHARE_FRACTION = 0.5;

  /** Requests the API receives per call during the outage. */
  static final double MAX_ATTEMPTS_PER_CALL = 1.2;

  /** The p99 call latency during the outage, ms. */
  static final double MAX_OUTAGE_P99_MS = 500;

  /** Seconds until the limit is used again after the outage. */
  static final double MAX_RECOVERY_SECONDS = 5;

  /** A never-throttled instance's calls/s with the protection over without. */
  static final double MIN_SINGLE_INSTANCE_RATIO = 0.97;

  private final Map<String, List<String>> misses = new LinkedHashMap<>();

  /**
   * A cell whose value must be at most a limit.
   *
   * @param checked whether the target applies to this row
   * @param row the row, for the summary
   * @param column the column, for the summary
   * @param shown the cell's text
   * @param value the value checked; negative for "not reached", which misses
   * @param limit the largest value that meets the target
   * @return the cell, marked when it misses
   */
  String atMost(
      boolean checked, String row, String column, String shown, double value, double limit) {
    return mark(checked && (value < 0 || value > limit), row, column, shown, "≤ " + number(limit));
  }

  /**
   * A cell whose value must be at least a limit.
   *
   * @param checked whether the target applies to this row
   * @param row the row, for the summary
   * @param column the column, for the summary
   * @param shown the cell's text
   * @param value the value checked
   * @param limit the smallest value that meets the target
   * @return the cell, marked when it misses
   */
  String atLeast(
      boolean checked, String row, String column, String shown, double value, double limit) {
    return mark(checked && value < limit, row, column, shown, "≥ " + number(limit));
  }

  /**
   * The cells of one result's row: checked when its setting has targets, named in the summary by
   * its model, shape and setting.
   *
   * @param result the row's figures
   * @return the row's cell checks
   */
  Row row(OverloadResult result) {
    return new Row(
        result.setting().targeted(),
        result.model().label() + " " + result.shape().name() + " " + result.setting().label());
  }

  /**
   * The checks of one row's cells: whether the targets apply, and the row's name in the summary.
   */
  final class Row {

    private final boolean checked;
    private final String name;

    private Row(boolean checked, String name) {
      this.checked = checked;
      this.name = name;
    }

    /** {@link OverloadTargets#atMost} for this row. */
    String atMost(String column, String shown, double value, double limit) {
      return OverloadTargets.this.atMost(this.checked, this.name, column, shown, value, limit);
    }

    /** {@link OverloadTargets#atLeast} for this row. */
    String atLeast(String column, String shown, double value, double limit) {
      return OverloadTargets.this.atLeast(this.checked, this.name, column, shown, value, limit);
    }
  }

  private String mark(boolean missed, String row, String column, String shown, String target) {
    if (!missed) {
      return shown;
    }
    this.misses
        .computeIfAbsent(row, key -> new ArrayList<>())
        .add(column + " " + shown + " (" + target + ")");
    return shown + MISS;
  }

  /**
   * A target's number: whole numbers below 100 without decimals, others as in the tables.
   *
   * @param value the number
   * @return e.g. {@code 5}, {@code 1,500} or {@code 0.97}
   */
  static String number(double value) {
    return (value == Math.rint(value) && value < 100)
        ? String.format(Locale.ROOT, "%.0f", value)
        : Table.text(value);
  }

  /**
   * The last line: every miss, or that all targets hold.
   *
   * @param out where to print
   */
  void printSummary(PrintStream out) {
    int cells = this.misses.values().stream().mapToInt(List::size).sum();
    out.println(
        (cells == 0)
            ? "targets: all met"
            : "targets missed ("
                + cells
                + " cells): "
                + this.misses.entrySet().stream()
                    .map(row -> row.getKey() + ": " + String.join(", ", row.getValue()))
                    .collect(Collectors.joining("; ")));
  }
}
