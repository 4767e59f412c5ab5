package ai.segments.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The peak used heap while it runs: a daemon thread samples {@link MemoryMXBean} every few
 * milliseconds until closed.
 */
final class HeapPeak implements AutoCloseable {

  private static final long INTERVAL_MILLIS = 5;

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
  private final AtomicLong peak = new AtomicLong();
  private final Thread sampler;
  private volatile boolean running = true;

  HeapPeak() {
    this.sampler = new Thread(this::sample, "heap-peak-sampler");
    this.sampler.setDaemon(true);
    this.sampler.start();
  }

  private void sample() {
    while (this.running) {
      this.peak.accumulateAndGet(this.memory.getHeapMemoryUsage().getUsed(), Math::max);
      try {
        Thread.sleep(INTERVAL_MILLIS);
      } catch (InterruptedException ex) {
        return;
      }
    }
  }

  /** The highest used heap sampled so far, in MB. */
  double megabytes() {
    this.peak.accumulateAndGet(this.memory.getHeapMemoryUsage().getUsed(), Math::max);
    return this.peak.get() / 1048576.0;
  }

  @Override
  public void close() {
    this.running = false;
    this.sampler.interrupt();
    try {
      this.sampler.join();
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
    }
  }
}
