package ai.segments.benchmarks;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * A benchmark run in a child JVM with a capped heap: the parent starts {@link Benchmarks} with a
 * mode and arguments and reads back what the child measured — the count, the time, the heap pools'
 * peak occupancy and the most heap still in use right after a garbage collection (the live set).
 */
final class HeapCappedChild {

  private static final Pattern REPORT =
      Pattern.compile("samples=(\\d+) seconds=([\\d.]+) peakHeapMb=([\\d.]+) maxLiveMb=([\\d.]+)");

  private static final Pattern ERROR = Pattern.compile("(?m)^.*(Exception|Error)\\b.*$");
  private static final int ERROR_MAX_CHARS = 160;

  /**
   * What the child measured; -1 for what it did not report.
   *
   * @param error the first exception or error line the child printed when it failed, else empty
   */
  record Result(
      long samples,
      double seconds,
      double peakHeapMb,
      double maxLiveMb,
      int exitCode,
      String error) {}

  private HeapCappedChild() {}

  /**
   * Runs {@code Benchmarks <args>} in a child JVM with {@code heap} (e.g. {@code -Xmx64m}), which
   * exits at its first {@link OutOfMemoryError}; a child still running after {@code timeout} is
   * killed. What the child printed on its standard error is copied to this one's.
   */
  static Result run(String heap, Duration timeout, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(heap);
    command.add("-XX:+ExitOnOutOfMemoryError");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Benchmarks.class.getName());
    command.addAll(List.of(args));
    Path stdout = Files.createTempFile("segments-benchmark-child-", ".out");
    Path stderr = Files.createTempFile("segments-benchmark-child-", ".err");
    try {
      Process child =
          new ProcessBuilder(command)
              .redirectOutput(stdout.toFile())
              .redirectError(stderr.toFile())
              .start();
      boolean ended = child.waitFor(timeout.toSeconds(), TimeUnit.SECONDS);
      if (!ended) {
        child.destroyForcibly().waitFor();
      }
      String output = Files.readString(stdout, StandardCharsets.UTF_8);
      String errors = Files.readString(stderr, StandardCharsets.UTF_8);
      System.err.print(errors);
      int exitCode = child.exitValue();
      String error =
          ended ? (exitCode == 0 ? "" : firstError(errors + output)) : "killed after " + timeout;
      Matcher m = REPORT.matcher(output);
      if (!m.find()) {
        return new Result(-1, -1, -1, -1, exitCode, error);
      }
      return new Result(
          Long.parseLong(m.group(1)),
          Double.parseDouble(m.group(2)),
          Double.parseDouble(m.group(3)),
          Double.parseDouble(m.group(4)),
          exitCode,
          error);
    } finally {
      Files.deleteIfExists(stdout);
      Files.deleteIfExists(stderr);
    }
  }

  /** The first line naming an exception or error, shortened; else a note that there is none. */
  private static String firstError(String printed) {
    Matcher m = ERROR.matcher(printed);
    if (!m.find()) {
      return "no exception printed";
    }
    String line = m.group().trim();
    return (line.length() <= ERROR_MAX_CHARS) ? line : line.substring(0, ERROR_MAX_CHARS) + "…";
  }

  /** In the child: tracks the largest heap occupancy right after a collection. */
  static AtomicLong watchLiveHeap() {
    AtomicLong max = new AtomicLong();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc)
          .addNotificationListener(
              (notification, handback) -> {
                GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                long used = 0;
                for (Map.Entry<String, MemoryUsage> pool :
                    info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                  if (isHeap(pool.getKey())) {
                    used += pool.getValue().getUsed();
                  }
                }
                max.accumulateAndGet(used, Math::max);
              },
              n ->
                  n.getType()
                      .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION),
              null);
    }
    return max;
  }

  /** In the child: prints the report the parent parses. */
  static void report(PrintStream out, long samples, double seconds, AtomicLong maxLive) {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    out.printf(
        Locale.ROOT,
        "samples=%d seconds=%.3f peakHeapMb=%.1f maxLiveMb=%.1f%n",
        samples,
        seconds,
        peak / 1048576.0,
        maxLive.get() / 1048576.0);
  }

  private static boolean isHeap(String poolName) {
    List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans();
    return pools.stream()
        .anyMatch(p -> p.getName().equals(poolName) && p.getType() == MemoryType.HEAP);
  }
}
