package ai.segments.benchmarks;

import java.time.Duration;

/** Counts how often an operation completes in a time window, on the calling thread. */
final class Throughput {

  private Throughput() {}

  /**
   * Runs the operation repeatedly for about the window and returns the rate.
   *
   * @param operation the operation; its result is consumed so that it cannot be skipped
   * @param window how long to run
   * @return operations per second
   */
  static double perSecond(java.util.function.Supplier<?> operation, Duration window) {
    return measure(operation, window).perSecond();
  }

  /** A measured window: calls per second and CPU time of the calling thread per call. */
  record Rate(double perSecond, double cpuMicrosPerCall) {}

  static Rate measure(java.util.function.Supplier<?> operation, Duration window) {
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long end = start + window.toNanos();
    long count = 0;
    long now;
    int sink = 0;
    do {
      sink += System.identityHashCode(operation.get()) & 1;
      count++;
      now = System.nanoTime();
    } while (now < end);
    if (sink < 0) {
      throw new AssertionError();
    }
    long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
    return new Rate(count * 1e9 / (now - start), cpu / 1e3 / count);
  }
}
