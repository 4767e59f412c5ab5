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

  /** What the child measured. */
  record Result(long samples, double seconds, double peakHeapMb, double maxLiveMb, int exitCode) {}

  private HeapCappedChild() {}

  /** Runs {@code Benchmarks <args>} in a child JVM with {@code heap} (e.g. {@code -Xmx64m}). */
  static Result run(String heap, Duration timeout, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add(heap);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Benchmarks.class.getName());
    command.addAll(List.of(args));
    Process child =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!child.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      child.destroyForcibly();
    }
    Matcher m = REPORT.matcher(output);
    if (!m.find()) {
      return new Result(-1, -1, -1, -1, child.exitValue());
    }
    return new Result(
        Long.parseLong(m.group(1)),
        Double.parseDouble(m.group(2)),
        Double.parseDouble(m.group(3)),
        Double.parseDouble(m.group(4)),
        child.exitValue());
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
