package ai.segments.benchmarks;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A Markdown table printed once all its rows are known, columns padded to align. */
final class Table {

  private final List<String[]> rows = new ArrayList<>();

  Table(String... header) {
    this.rows.add(header);
  }

  Table row(Object... cells) {
    this.rows.add(Arrays.stream(cells).map(Table::text).toArray(String[]::new));
    return this;
  }

  static String text(Object cell) {
    if (cell instanceof Double value) {
      return (value >= 100)
          ? String.format(Locale.ROOT, "%,.0f", value)
          : String.format(Locale.ROOT, "%.2f", value);
    }
    return String.valueOf(cell);
  }

  void print(PrintStream out) {
    int columns = this.rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : this.rows) {
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    for (int r = 0; r < this.rows.size(); r++) {
      out.println(line(this.rows.get(r), widths));
      if (r == 0) {
        String[] rule = new String[columns];
        for (int i = 0; i < columns; i++) {
          rule[i] = "-".repeat(widths[i]);
        }
        out.println(line(rule, widths));
      }
    }
    out.println();
  }

  private static String line(String[] cells, int[] widths) {
    StringBuilder line = new StringBuilder("|");
    for (int i = 0; i < cells.length; i++) {
      String cell = cells[i];
      line.append(' ').append(cell).append(" ".repeat(widths[i] - cell.length())).append(" |");
    }
    return line.toString();
  }
}
