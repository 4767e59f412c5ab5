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

  /**
   * A measured window: calls per second, and per call the calling thread's CPU time (user and
   * kernel), its user time alone and the bytes it allocated.
   */
  record Rate(
      double perSecond,
      double cpuMicrosPerCall,
      double userMicrosPerCall,
      double allocatedBytesPerCall) {}

  static Rate measure(java.util.function.Supplier<?> operation, Duration window) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long userStart = threads.getCurrentThreadUserTime();
    long allocatedStart = threads.getCurrentThreadAllocatedBytes();
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
    long user = threads.getCurrentThreadUserTime() - userStart;
    long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedStart;
    return new Rate(
        count * 1e9 / (now - start),
        cpu / 1e3 / count,
        user / 1e3 / count,
        (double) allocated / count);
  }
}
