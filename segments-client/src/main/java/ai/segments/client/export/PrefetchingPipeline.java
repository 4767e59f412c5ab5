package ai.segments.client.export;

import ai.segments.client.release.ReleaseSample;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Prepares the samples ahead of the one being written, on a pool of its own: for each sample a
 * worker fetches its media (measures its image, downloads and decodes its bitmap) and then runs the
 * format's {@link SampleTask} on it, so that the downloads and the CPU work of several samples
 * overlap, while the writer still takes the samples one by one in the release's order.
 *
 * <p>When the writer takes a sample, the jobs of the following samples are started up to the
 * read-ahead window (the sample taken included), so at most {@code window} samples' media and
 * prepared results are held or in the works whatever the release's size. Bitmaps are decoded ahead
 * only within a {@link PixelBudget}: beyond the bitmap of the sample being written, the read-ahead
 * decodes and holds at most the budget's pixels (or one bitmap when nothing else is held); a
 * sample's reservation is given back when the writer moves past it, so it also covers what its task
 * prepared from the bitmap. Decoding a bitmap and running the task on it, the CPU-bound part, take
 * one of a few {@link CpuSlots} (as many as the processors), while the downloads overlap at the
 * full concurrency. The writer gets each sample's result, or the exception its job threw, exactly
 * as {@link SequentialPipeline} gives it, so the first failing sample in release order fails the
 * export (a failing image measurement before a failing bitmap of the same sample).
 *
 * <p>{@link #close()} cancels what is pending, interrupts what runs and waits for the pool's
 * threads to end, so that no thread and no temporary file of the export outlives it.
 *
 * @param <P> what a task prepares
 */
final class PrefetchingPipeline<P> implements AutoCloseable {

  private static final Log LOGGER = LogFactory.getLog(PrefetchingPipeline.class);
  private static final AtomicLong POOLS = new AtomicLong();
  private static final long TERMINATION_WAIT_SECONDS = 60;

  /** The prefix of the name of every export worker thread. */
  static final String THREAD_NAME_PREFIX = "segments-export-";

  private final SampleMedia media;
  private final int window;
  private final PixelBudget pixels;
  private final CpuSlots cpu;
  private final WorkerThreads threads = new WorkerThreads();
  private final ExecutorService workers;
  private final Deque<Ahead<P>> ahead = new ArrayDeque<>();
  private Ahead<P> current;

  /**
   * Creates the pipeline and its pool.
   *
   * @param media fetches the media of one sample
   * @param concurrency how many samples are prepared at once, at least 1
   * @param window how many samples are held or prepared at once, at least {@code concurrency}
   * @param pixelBudget how many bitmap pixels may be decoded or held ahead of the sample being
   *     written, at least 1
   * @param cpuSlots how many samples may be decoded and prepared at once (their downloads are not
   *     bounded by it), at least 1
   */
  PrefetchingPipeline(
      SampleMedia media, int concurrency, int window, long pixelBudget, int cpuSlots) {
    if (concurrency < 1 || window < concurrency) {
      throw new IllegalArgumentException(
          "Needs 1 <= concurrency <= window: " + concurrency + ", " + window);
    }
    this.media = media;
    this.window = window;
    this.pixels = new PixelBudget(pixelBudget);
    this.cpu = new CpuSlots(cpuSlots);
    this.workers = Executors.newFixedThreadPool(concurrency, this.threads);
  }

  /**
   * The samples, in their order, each prepared ahead of the writer taking it. Taking a sample gives
   * back the bitmap pixels of the one taken before.
   *
   * @param jobs the samples' jobs, in release order, each created when its sample enters the window
   * @return the prepared samples, in the same order
   */
  Iterator<Prepared<P>> prepare(Iterator<SampleJob<P>> jobs) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return !PrefetchingPipeline.this.ahead.isEmpty() || jobs.hasNext();
      }

      @Override
      public Prepared<P> next() {
        release(PrefetchingPipeline.this.current);
        PrefetchingPipeline.this.current = null;
        while (PrefetchingPipeline.this.ahead.size() < PrefetchingPipeline.this.window
            && jobs.hasNext()) {
          PrefetchingPipeline.this.ahead.add(start(jobs.next()));
        }
        Ahead<P> next = PrefetchingPipeline.this.ahead.poll();
        if (next == null) {
          throw new NoSuchElementException();
        }
        PrefetchingPipeline.this.current = next;
        PrefetchingPipeline.this.pixels.head(next.holder());
        Optional<ImageSize> imageSize =
            (next.imageSize() != null) ? await(next.imageSize()) : Optional.empty();
        return new Prepared<>(next.sample(), imageSize, await(next.result()));
      }
    };
  }

  private Ahead<P> start(SampleJob<P> job) {
    PixelBudget.Holder holder = new PixelBudget.Holder();
    return new Ahead<>(
        job.sample(),
        holder,
        job.needs().imageSize() ? this.workers.submit(() -> job.imageSize(this.media)) : null,
        this.workers.submit(() -> prepare(job, holder)));
  }

  /**
   * Runs a sample's job on a worker: its bitmap is decoded, and the task run, once the bitmap's
   * pixels are reserved and a processor slot is free.
   */
  private P prepare(SampleJob<P> job, PixelBudget.Holder holder) {
    try (CpuSlots.Slot slot = this.cpu.slot()) {
      return job.prepare(
          this.media,
          pixels -> {
            this.pixels.reserve(holder, pixels);
            slot.take();
          });
    }
  }

  private static <T> T await(Future<T> result) {
    try {
      return result.get();
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      CancellationException cancelled =
          new CancellationException("Interrupted while waiting for a sample to be prepared");
      cancelled.initCause(ex);
      throw cancelled;
    } catch (ExecutionException ex) {
      throw rethrown(ex.getCause());
    }
  }

  /** The failure of a job as the sequential pipeline would have thrown it. */
  private static RuntimeException rethrown(Throwable failure) {
    if (failure instanceof RuntimeException runtime) {
      return runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    return new IllegalStateException("Preparing a sample failed", failure);
  }

  private void release(Ahead<P> prepared) {
    if (prepared != null) {
      prepared.cancel();
      this.pixels.release(prepared.holder());
    }
  }

  /**
   * Cancels the jobs not yet taken, interrupts the running ones and waits until the pool's threads
   * have ended (a thread that has not ended after a minute is logged and left behind).
   */
  @Override
  public void close() {
    // First stop the pool, so that no pending job starts on a worker freed by a cancellation.
    this.workers.shutdownNow();
    release(this.current);
    this.current = null;
    this.ahead.forEach(this::release);
    this.ahead.clear();
    try {
      if (!this.threads.join(TimeUnit.SECONDS.toNanos(TERMINATION_WAIT_SECONDS))) {
        LOGGER.warn("Workers of an export are still running after it ended");
      }
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Creates the pool's daemon threads, named {@value #THREAD_NAME_PREFIX}{@code <pool>-<n>}, and
   * waits for them to end: a pool that has terminated may still have threads finishing.
   */
  private static final class WorkerThreads implements ThreadFactory {

    private final String prefix = THREAD_NAME_PREFIX + POOLS.incrementAndGet() + "-";
    private final List<Thread> created = new ArrayList<>();

    @Override
    public synchronized Thread newThread(Runnable task) {
      Thread thread = new Thread(task, this.prefix + (this.created.size() + 1));
      thread.setDaemon(true);
      this.created.add(thread);
      return thread;
    }

    /** Waits for every thread created to end; {@code false} if one still runs after the wait. */
    boolean join(long waitNanos) throws InterruptedException {
      long deadline = System.nanoTime() + waitNanos;
      List<Thread> threads;
      synchronized (this) {
        threads = List.copyOf(this.created);
      }
      for (Thread thread : threads) {
        long left = deadline - System.nanoTime();
        if (left > 0) {
          TimeUnit.NANOSECONDS.timedJoin(thread, left);
        }
        if (thread.isAlive()) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * One sample in the works.
   *
   * @param sample the sample
   * @param holder the bitmap pixels it reserved
   * @param imageSize its image measurement, or {@code null} when the format does not read it
   * @param result its bitmap fetch and task
   * @param <P> what the task prepares
   */
  private record Ahead<P>(
      ReleaseSample sample,
      PixelBudget.Holder holder,
      Future<Optional<ImageSize>> imageSize,
      Future<P> result) {

    /** Stops the work that is pending or running. */
    void cancel() {
      if (this.imageSize != null) {
        this.imageSize.cancel(true);
      }
      this.result.cancel(true);
    }
  }
}
