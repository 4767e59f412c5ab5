package ai.segments.client.export;

import ai.segments.client.bitmap.SegmentationBitmap;
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
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Fetches the media of the samples ahead of the one being exported, on a pool of its own, so that
 * the downloads (and bitmap decoding) of several samples overlap while the format still reads the
 * samples one by one in the release's order.
 *
 * <p>The exporter hands the samples to the format through {@link #feed}: when the format takes a
 * sample, the media of the following samples are fetched up to the read-ahead window (the sample
 * taken included), so at most {@code window} samples' media are held or in flight whatever the
 * release's size. What is fetched for a sample is what the format says it reads ({@link
 * MediaNeeds}). Bitmaps are decoded ahead only within a {@link PixelBudget}: beyond the bitmap of
 * the sample being written, the read-ahead decodes and holds at most the budget's pixels (or one
 * bitmap when nothing else is held), so huge bitmaps are decoded one after the other while small
 * ones overlap. The format then asks for the media of the sample it holds and gets the prefetched
 * result: the same value, or the same exception, the sequential {@link SampleMedia} gives, so the
 * first failing sample in release order fails the export. Media asked for any other sample are
 * fetched there and then.
 *
 * <p>{@link #close()} cancels what is pending, interrupts what runs and waits for the pool's
 * threads to end, so that no thread and no temporary file of the export outlives it.
 */
final class PrefetchingSampleMedia implements SampleMedia, AutoCloseable {

  private static final Log LOGGER = LogFactory.getLog(PrefetchingSampleMedia.class);
  private static final AtomicLong POOLS = new AtomicLong();
  private static final long TERMINATION_WAIT_SECONDS = 60;

  /** The prefix of the name of every prefetching thread. */
  static final String THREAD_NAME_PREFIX = "segments-export-";

  private final SampleMedia delegate;
  private final int window;
  private final PixelBudget pixels;
  private final WorkerThreads threads = new WorkerThreads();
  private final ExecutorService workers;
  private final Deque<Prefetch> ahead = new ArrayDeque<>();
  private Prefetch current;

  /**
   * Creates the prefetcher and its pool.
   *
   * @param delegate fetches the media of one sample
   * @param concurrency how many samples' media are fetched at once, at least 1
   * @param window how many samples' media are held or fetched at once, at least {@code concurrency}
   * @param pixelBudget how many bitmap pixels may be decoded or held ahead of the sample being
   *     written, at least 1
   */
  PrefetchingSampleMedia(SampleMedia delegate, int concurrency, int window, long pixelBudget) {
    if (concurrency < 1 || window < concurrency) {
      throw new IllegalArgumentException(
          "Needs 1 <= concurrency <= window: " + concurrency + ", " + window);
    }
    this.delegate = delegate;
    this.window = window;
    this.pixels = new PixelBudget(pixelBudget);
    this.workers = Executors.newFixedThreadPool(concurrency, this.threads);
  }

  /**
   * The samples, in their order, fetching the media of each ahead of the format taking it.
   *
   * @param samples the release's samples
   * @param needs what the format reads for a sample
   * @return the same samples
   */
  Iterator<ReleaseSample> feed(
      Iterator<ReleaseSample> samples, Function<ReleaseSample, MediaNeeds> needs) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return !PrefetchingSampleMedia.this.ahead.isEmpty() || samples.hasNext();
      }

      @Override
      public ReleaseSample next() {
        release(PrefetchingSampleMedia.this.current);
        PrefetchingSampleMedia.this.current = null;
        while (PrefetchingSampleMedia.this.ahead.size() < PrefetchingSampleMedia.this.window
            && samples.hasNext()) {
          ReleaseSample sample = samples.next();
          PrefetchingSampleMedia.this.ahead.add(prefetch(sample, needs.apply(sample)));
        }
        Prefetch next = PrefetchingSampleMedia.this.ahead.poll();
        if (next == null) {
          throw new NoSuchElementException();
        }
        PrefetchingSampleMedia.this.current = next;
        PrefetchingSampleMedia.this.pixels.head(next.holder());
        return next.sample();
      }
    };
  }

  private Prefetch prefetch(ReleaseSample sample, MediaNeeds needs) {
    PixelBudget.Holder holder = new PixelBudget.Holder();
    return new Prefetch(
        sample,
        holder,
        needs.imageSize() ? submit(() -> this.delegate.imageSize(sample)) : null,
        needs.bitmap()
            ? submit(() -> this.delegate.bitmap(sample, size -> this.pixels.reserve(holder, size)))
            : null);
  }

  private <T> Future<T> submit(Supplier<T> fetch) {
    return this.workers.submit(fetch::get);
  }

  @Override
  public Optional<ImageSize> imageSize(ReleaseSample sample) {
    Prefetch prefetch = prefetchOf(sample);
    return (prefetch != null && prefetch.imageSize() != null)
        ? await(prefetch.imageSize())
        : this.delegate.imageSize(sample);
  }

  @Override
  public Optional<SegmentationBitmap> bitmap(ReleaseSample sample, LongConsumer beforeDecoding) {
    Prefetch prefetch = prefetchOf(sample);
    return (prefetch != null && prefetch.bitmap() != null)
        ? await(prefetch.bitmap())
        : this.delegate.bitmap(sample, beforeDecoding);
  }

  private Prefetch prefetchOf(ReleaseSample sample) {
    return (this.current != null && this.current.sample() == sample) ? this.current : null;
  }

  private static <T> T await(Future<T> result) {
    try {
      return result.get();
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      CancellationException cancelled =
          new CancellationException("Interrupted while waiting for a sample's media");
      cancelled.initCause(ex);
      throw cancelled;
    } catch (ExecutionException ex) {
      throw rethrown(ex.getCause());
    }
  }

  /** The failure of a fetch as the sequential media would have thrown it. */
  private static RuntimeException rethrown(Throwable failure) {
    if (failure instanceof RuntimeException runtime) {
      return runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    return new IllegalStateException("Fetching a sample's media failed", failure);
  }

  private void release(Prefetch prefetch) {
    if (prefetch != null) {
      prefetch.cancel();
      this.pixels.release(prefetch.holder());
    }
  }

  /**
   * Cancels the fetches not yet taken, interrupts the running ones and waits until the pool's
   * threads have ended (a thread that has not ended after a minute is logged and left behind).
   */
  @Override
  public void close() {
    // First stop the pool, so that no pending fetch starts on a worker freed by a cancellation.
    this.workers.shutdownNow();
    release(this.current);
    this.current = null;
    this.ahead.forEach(this::release);
    this.ahead.clear();
    try {
      if (!this.threads.join(TimeUnit.SECONDS.toNanos(TERMINATION_WAIT_SECONDS))) {
        LOGGER.warn("Media fetches of an export are still running after it ended");
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
   * The media fetched for one sample.
   *
   * @param sample the sample
   * @param holder the bitmap pixels it reserved
   * @param imageSize its image size, or {@code null} when not fetched
   * @param bitmap its bitmap, or {@code null} when not fetched
   */
  private record Prefetch(
      ReleaseSample sample,
      PixelBudget.Holder holder,
      Future<Optional<ImageSize>> imageSize,
      Future<Optional<SegmentationBitmap>> bitmap) {

    /** Stops the fetches that are pending or running. */
    void cancel() {
      if (this.imageSize != null) {
        this.imageSize.cancel(true);
      }
      if (this.bitmap != null) {
        this.bitmap.cancel(true);
      }
    }
  }
}
