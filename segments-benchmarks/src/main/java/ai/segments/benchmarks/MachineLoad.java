package ai.segments.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The machine's load, printed with a benchmark's results: the load averages of {@code
 * /proc/loadavg} (1, 5 and 15 minutes, then running/total tasks) where it exists, else the JVM's
 * one-minute average, and the processors the JVM sees.
 */
final class MachineLoad {

  private static final Path LOADAVG = Path.of("/proc/loadavg");

  private MachineLoad() {}

  /** One line, e.g. {@code load average 1.02 0.87 0.64 (1, 5, 15 min), 2/140 tasks; 2 CPUs}. */
  static String describe() {
    return String.format(
        Locale.ROOT, "%s; %d CPUs", loadAverages(), Runtime.getRuntime().availableProcessors());
  }

  private static String loadAverages() {
    try {
      String[] fields =
          Files.readString(LOADAVG, StandardCharsets.US_ASCII).trim().split("\\s+", -1);
      if (fields.length >= 4) {
        return String.format(
            Locale.ROOT,
            "load average %s %s %s (1, 5, 15 min), %s tasks running/total",
            fields[0],
            fields[1],
            fields[2],
            fields[3]);
      }
    } catch (IOException | SecurityException ex) {
      // not Linux: the JVM's own average below
    }
    return "load average " + systemLoadAverage();
  }

  /**
   * The JVM's one-minute load average ({@code getSystemLoadAverage}).
   *
   * @return e.g. {@code 1.02 (1 min)}, or {@code unavailable}
   */
  static String systemLoadAverage() {
    double average = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return (average < 0) ? "unavailable" : String.format(Locale.ROOT, "%.2f (1 min)", average);
  }
}
