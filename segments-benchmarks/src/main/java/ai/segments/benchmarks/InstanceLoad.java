package ai.segments.benchmarks;

import ai.segments.client.SegmentsBulkImporter;
import ai.segments.client.SegmentsClient;
import ai.segments.client.request.AddSampleRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What one application instance of the overload benchmark does while it takes part: small {@code
 * getDataset} calls on several threads, each pausing {@link #THINK} between calls, or one long bulk
 * import with the importer's defaults. {@link #stop()} asks it to end; {@link #await()} waits until
 * the calls in flight have ended.
 */
final class InstanceLoad {

  /** The pause of a small-call thread between its calls. */
  static final Duration THINK = Duration.ofMillis(10);

  private final List<Thread> threads = new ArrayList<>();
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

  private InstanceLoad() {}

  /**
   * Small calls: {@code getDataset} on {@code threads} threads, each logged.
   *
   * @param instance the instance's index, in the call log
   * @param client the instance's client
   * @param dataset the dataset to get
   * @param threads how many threads call
   * @param calls where each call is logged
   * @return the load, not started
   */
  static InstanceLoad smallCalls(
      int instance, SegmentsClient client, String dataset, int threads, CallLog calls) {
    InstanceLoad load = new InstanceLoad();
    for (int i = 0; i < threads; i++) {
      load.threads.add(
          load.thread(
              "overload-" + instance + "-" + i,
              () -> load.callUntilStopped(instance, client, dataset, calls)));
    }
    return load;
  }

  /**
   * A bulk import into a dataset, of samples made up until the load is stopped.
   *
   * @param instance the instance's index, in the thread's name
   * @param client the instance's client
   * @param dataset the dataset to import into, {@code owner/name}
   * @return the load, not started
   */
  static InstanceLoad bulkImport(int instance, SegmentsClient client, String dataset) {
    InstanceLoad load = new InstanceLoad();
    SegmentsBulkImporter importer =
        SegmentsBulkImporter.builder(client).logInterval(Duration.ofHours(1)).build();
    load.threads.add(
        load.thread(
            "overload-import-" + instance,
            () -> importer.importSamples(dataset, load::samplesUntilStopped)));
    return load;
  }

  /** Starts calling. */
  void start() {
    this.threads.forEach(Thread::start);
  }

  /** Asks the threads to end after their current call. */
  void stop() {
    this.running.set(false);
  }

  /**
   * Waits for the threads to end.
   *
   * @throws InterruptedException when interrupted
   * @throws IllegalStateException if the load failed (e.g. the import stopped on an error)
   */
  void await() throws InterruptedException {
    for (Thread thread : this.threads) {
      thread.join();
    }
    if (this.failure.get() != null) {
      throw new IllegalStateException("An overload instance failed", this.failure.get());
    }
  }

  private Thread thread(String name, Runnable body) {
    Thread thread =
        new Thread(
            () -> {
              try {
                body.run();
              } catch (RuntimeException ex) {
                this.failure.compareAndSet(null, ex);
              }
            },
            name);
    thread.setDaemon(true);
    return thread;
  }

  private void callUntilStopped(
      int instance, SegmentsClient client, String dataset, CallLog calls) {
    while (this.running.get()) {
      Instant start = Instant.now();
      long begin = System.nanoTime();
      String outcome = CallLog.Call.OK;
      try {
        client.getDataset(dataset);
      } catch (RuntimeException ex) {
        outcome = ex.getClass().getSimpleName();
      }
      calls.add(new CallLog.Call(instance, start, System.nanoTime() - begin, outcome));
      try {
        TimeUnit.NANOSECONDS.sleep(THINK.toNanos());
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private Iterator<AddSampleRequest> samplesUntilStopped() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return InstanceLoad.this.running.get();
      }

      @Override
      public AddSampleRequest next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return BulkImportBenchmark.sample(this.next++);
      }
    };
  }
}
