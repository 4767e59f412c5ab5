package ai.segments.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Counts how often an operation completes in a time window on a fixed number of calling threads,
 * started together; the threads are kept between windows.
 */
final class ParallelThroughput implements AutoCloseable {

  private final int threads;
  private final ExecutorService pool;

  ParallelThroughput(int threads) {
    this.threads = threads;
    this.pool = Executors.newFixedThreadPool(threads);
  }

  int threads() {
    return this.threads;
  }

  /**
   * Runs the operation on every thread for about the window and returns the combined rate.
   *
   * @param operation the operation, called concurrently
   * @param window how long to run
   * @return operations per second, all threads together
   */
  double perSecond(Supplier<?> operation, Duration window) {
    if (this.threads == 1) {
      return Throughput.perSecond(operation, window);
    }
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Long>> counts = new ArrayList<>();
    for (int i = 0; i < this.threads; i++) {
      counts.add(this.pool.submit(() -> count(operation, start, window)));
    }
    long began = System.nanoTime();
    start.countDown();
    long total = 0;
    try {
      for (Future<Long> count : counts) {
        total += count.get();
      }
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(ex);
    } catch (ExecutionException ex) {
      throw new IllegalStateException(ex.getCause());
    }
    return total * 1e9 / (System.nanoTime() - began);
  }

  private static long count(Supplier<?> operation, CountDownLatch start, Duration window)
      throws InterruptedException {
    start.await();
    long end = System.nanoTime() + window.toNanos();
    long count = 0;
    int sink = 0;
    do {
      sink += System.identityHashCode(operation.get()) & 1;
      count++;
    } while (System.nanoTime() < end);
    return (sink < 0) ? -1 : count;
  }

  @Override
  public void close() {
    this.pool.shutdownNow();
  }
}
