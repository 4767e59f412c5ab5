package ai.segments.client;

import ai.segments.client.bulk.BulkImportListener;
import ai.segments.client.bulk.BulkImportProgress;
import ai.segments.client.bulk.BulkImportSummary;
import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.exception.AuthenticationException;
import ai.segments.client.exception.AuthorizationException;
import ai.segments.client.exception.NotFoundException;
import ai.segments.client.exception.SegmentsException;
import ai.segments.client.exception.SubscriptionException;
import ai.segments.client.exception.ValidationException;
import ai.segments.client.internal.Arguments;
import ai.segments.client.internal.DatasetIdentifier;
import ai.segments.client.internal.resource.BulkSampleSender;
import ai.segments.client.model.Sample;
import ai.segments.client.request.AddSampleRequest;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Adds any number of samples to a dataset through the bulk endpoint ({@link
 * SegmentsClient#addSamples(String, List)}), in chunks, with a bounded number of requests in
 * flight.
 *
 * <p>The input is read lazily: at most {@code concurrency + 1} chunks are held at a time, so an
 * {@code Iterable} or {@code Stream} of millions of samples (e.g. read from a file) never sits in
 * memory. Every chunk is one logical call of the client, so the client's interceptors apply to it
 * (the Spring Boot starter's: the retry policy for throttled ({@code 429}) and transient failures,
 * the overload protection, metrics; a plain client has none, see {@link SegmentsClient}); a worker
 * that backs off keeps its slot, so throttling slows the whole import down instead of piling up
 * requests.
 *
 * <p><b>Created or already present.</b> The bulk endpoint answers with the dataset's sample for
 * every name: a new one, or the existing one unchanged. A returned sample counts as
 * <em>created</em> when its {@code created_at} is not earlier than the moment its chunk was first
 * sent, less a {@linkplain Builder#clockSkew(Duration) clock-skew allowance} (1 second by default);
 * otherwise as <em>already present</em>. A chunk whose first attempt created samples but lost its
 * answer, and whose retry then found them, is still counted as created. A name repeated in the
 * input counts once as created (or present) and then as already present.
 *
 * <p><b>Failures.</b> A sample the client rejects before sending (no name, invalid attributes)
 * fails alone. A chunk the API rejects as invalid ({@link ValidationException}) is split in halves
 * and retried, down to single samples, so that only the offending samples fail. A chunk that fails
 * otherwise, after the retry policy (if any) gave up (throttled too long, server errors, network),
 * fails with all its samples. Failures that no other chunk can escape — the key is rejected, access
 * is denied, the dataset does not exist, the subscription is over — stop the import: no further
 * input is read, chunks in flight finish, and the exception is thrown.
 *
 * <p><b>Progress.</b> A {@link BulkImportListener} hears about every finished chunk, and an {@code
 * INFO} line is logged (through Commons Logging, as all of the client logs, which Spring routes to
 * the application's logging system) at most every {@linkplain Builder#logInterval(Duration) log
 * interval}, and at the end.
 *
 * <p><b>Concurrency.</b> Each import runs on a thread pool of its own with {@code concurrency}
 * threads, shut down when the import ends. The default, {@value #DEFAULT_CONCURRENCY} requests of
 * {@value #DEFAULT_CHUNK_SIZE} samples, hides most of the round-trip latency while staying well
 * inside the API's rate limits: every bulk request is heavy work on the server, and more requests
 * in flight mostly buy throttled answers and back-offs. Raise it for a server close by or with
 * higher limits.
 *
 * <p>An importer is immutable and thread-safe; several imports may run at once.
 */
public final class SegmentsBulkImporter {

  /** Samples per bulk request unless configured otherwise. */
  public static final int DEFAULT_CHUNK_SIZE = 100;

  /** The largest chunk: more samples per request risk the API's request size and time limits. */
  public static final int MAX_CHUNK_SIZE = 1000;

  /** Bulk requests in flight unless configured otherwise. */
  public static final int DEFAULT_CONCURRENCY = 4;

  /** The most requests in flight one import may use. */
  public static final int MAX_CONCURRENCY = 64;

  private static final Log LOG = LogFactory.getLog(SegmentsBulkImporter.class);

  private static final AtomicInteger IMPORTS = new AtomicInteger();

  private final BulkSampleSender sender;
  private final int chunkSize;
  private final int concurrency;
  private final BulkImportListener listener;
  private final Duration logInterval;
  private final Duration clockSkew;
  private final Clock clock;

  private SegmentsBulkImporter(Builder builder) {
    this.sender = builder.sender;
    this.chunkSize = builder.chunkSize;
    this.concurrency = builder.concurrency;
    this.listener = builder.listener;
    this.logInterval = builder.logInterval;
    this.clockSkew = builder.clockSkew;
    this.clock = builder.clock;
  }

  /**
   * Starts configuring an importer.
   *
   * @param client the client whose bulk add (and interceptors) the importer uses
   * @return a builder with the defaults
   */
  public static Builder builder(SegmentsClient client) {
    return new Builder(Objects.requireNonNull(client, "client").bulkSender());
  }

  /**
   * Imports the samples of a stream, consuming it lazily; the stream is not closed.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @param samples the samples, read once and in order
   * @return what was created, already present and failed
   * @throws ValidationException if the identifier is malformed (nothing is sent)
   * @throws SegmentsException if the import stopped on an error no chunk can escape (bad key, no
   *     access, no such dataset, subscription over)
   * @throws CancellationException if the calling thread is interrupted; chunks in flight finish
   */
  public BulkImportSummary importSamples(
      String datasetIdentifier, Stream<AddSampleRequest> samples) {
    Arguments.requireNonNull(samples, "samples", operation());
    return importSamples(datasetIdentifier, samples::iterator);
  }

  /**
   * Imports the samples of an iterable, reading it lazily.
   *
   * @param datasetIdentifier the dataset, {@code owner/name}
   * @param samples the samples, iterated once and in order
   * @return what was created, already present and failed
   * @throws ValidationException if the identifier is malformed (nothing is sent)
   * @throws SegmentsException if the import stopped on an error no chunk can escape (bad key, no
   *     access, no such dataset, subscription over)
   * @throws CancellationException if the calling thread is interrupted; chunks in flight finish
   */
  public BulkImportSummary importSamples(
      String datasetIdentifier, Iterable<AddSampleRequest> samples) {
    DatasetIdentifier.parse(datasetIdentifier, operation());
    Arguments.requireNonNull(samples, "samples", operation());
    ImportRun run = new ImportRun(datasetIdentifier);
    ExecutorService workers =
        Executors.newFixedThreadPool(this.concurrency, threads(IMPORTS.incrementAndGet()));
    Semaphore slots = new Semaphore(this.concurrency);
    try {
      Iterator<AddSampleRequest> input = samples.iterator();
      List<AddSampleRequest> chunk = new ArrayList<>(this.chunkSize);
      while (run.fatal() == null && input.hasNext()) {
        chunk.add(input.next());
        if (chunk.size() == this.chunkSize || !input.hasNext()) {
          slots.acquire();
          List<AddSampleRequest> submitted = chunk;
          workers.execute(() -> run.process(submitted, slots));
          chunk = new ArrayList<>(this.chunkSize);
        }
      }
      slots.acquire(this.concurrency);
    } catch (InterruptedException ex) {
      slots.acquireUninterruptibly(this.concurrency);
      Thread.currentThread().interrupt();
      throw new CancellationException(
          "The bulk import into " + datasetIdentifier + " was interrupted");
    } finally {
      workers.shutdownNow();
    }
    if (run.fatal() != null) {
      throw run.fatal();
    }
    BulkImportSummary summary = run.summary();
    info(
        "Bulk import into %s finished: %d created, %d already present, %d failed in %d requests,"
            + " %.1f s (%.0f samples/s)",
        datasetIdentifier,
        summary.created(),
        summary.alreadyPresent(),
        summary.failed().size(),
        summary.requests(),
        summary.duration().toMillis() / 1000.0,
        summary.samplesPerSecond());
    return summary;
  }

  /**
   * The chunk size.
   *
   * @return samples per bulk request
   */
  public int chunkSize() {
    return this.chunkSize;
  }

  /**
   * The concurrency.
   *
   * @return bulk requests in flight at most
   */
  public int concurrency() {
    return this.concurrency;
  }

  /** Logs an {@code INFO} line, formatted only when the level is on. */
  private static void info(String format, Object... arguments) {
    if (LOG.isInfoEnabled()) {
      LOG.info(String.format(Locale.ROOT, format, arguments));
    }
  }

  private static String operation() {
    return SegmentsOperation.ADD_SAMPLES.operationName();
  }

  private static ThreadFactory threads(int importNumber) {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread =
          new Thread(task, "segments-bulk-import-" + importNumber + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** A sample of a chunk, ready to send. */
  private record Item(String name, ObjectNode json) {}

  /** The state of one import: counters, failures, the first fatal error, progress reporting. */
  private final class ImportRun {

    private final String dataset;
    private final long startNanos = System.nanoTime();
    private final List<BulkImportSummary.Failure> failures = new ArrayList<>();
    private long created;
    private long alreadyPresent;
    private long requests;
    private long lastLogNanos = this.startNanos;
    private volatile SegmentsException fatal;

    ImportRun(String dataset) {
      this.dataset = dataset;
    }

    SegmentsException fatal() {
      return this.fatal;
    }

    /** Sends one chunk on a worker thread and frees its slot when done. */
    void process(List<AddSampleRequest> chunk, Semaphore slots) {
      try {
        Outcome outcome = new Outcome();
        List<Item> items = new ArrayList<>(chunk.size());
        for (AddSampleRequest sample : chunk) {
          prepare(sample, items, outcome);
        }
        if (!items.isEmpty()) {
          send(items, outcome);
        }
        record(outcome);
      } finally {
        slots.release();
      }
    }

    private void prepare(AddSampleRequest sample, List<Item> items, Outcome outcome) {
      try {
        Arguments.requireNonNull(sample, "sample", operation());
        items.add(new Item(sample.name(), SegmentsBulkImporter.this.sender.item(sample)));
      } catch (ValidationException invalid) {
        outcome.failures.add(failure(sample, invalid));
      }
    }

    /** Sends items as one request; splits them when the API rejects the request as invalid. */
    private void send(List<Item> items, Outcome outcome) {
      if (this.fatal != null) {
        items.forEach(item -> outcome.failures.add(failure(item.name(), this.fatal)));
        return;
      }
      Instant sentAt = SegmentsBulkImporter.this.clock.instant();
      outcome.requests++;
      try {
        List<Sample> returned =
            SegmentsBulkImporter.this.sender.send(
                this.dataset, items.stream().map(Item::json).toList());
        classify(items, returned, sentAt, outcome);
      } catch (ValidationException rejected) {
        if (items.size() == 1) {
          outcome.failures.add(failure(items.get(0).name(), rejected));
          return;
        }
        int half = items.size() / 2;
        send(items.subList(0, half), outcome);
        send(items.subList(half, items.size()), outcome);
      } catch (RuntimeException failed) {
        if (failed instanceof SegmentsException error && isFatal(error) && this.fatal == null) {
          this.fatal = error;
        }
        items.forEach(item -> outcome.failures.add(failure(item.name(), failed)));
      }
    }

    private void classify(
        List<Item> items, List<Sample> returned, Instant sentAt, Outcome outcome) {
      Map<String, Sample> byName = new HashMap<>();
      for (Sample sample : returned) {
        byName.putIfAbsent(sample.name(), sample);
      }
      Instant createdSince = sentAt.minus(SegmentsBulkImporter.this.clockSkew);
      Set<String> seen = new HashSet<>();
      for (Item item : items) {
        Sample sample = byName.get(item.name());
        if (sample == null) {
          outcome.failures.add(
              new BulkImportSummary.Failure(item.name(), "missing from the bulk add response"));
        } else if (seen.add(item.name())
            && sample.createdAt() != null
            && !sample.createdAt().isBefore(createdSince)) {
          outcome.created++;
        } else {
          outcome.alreadyPresent++;
        }
      }
    }

    private synchronized void record(Outcome outcome) {
      this.created += outcome.created;
      this.alreadyPresent += outcome.alreadyPresent;
      this.requests += outcome.requests;
      this.failures.addAll(outcome.failures);
      BulkImportProgress progress = progress();
      if (SegmentsBulkImporter.this.listener != null) {
        try {
          SegmentsBulkImporter.this.listener.onProgress(progress);
        } catch (RuntimeException ex) {
          LOG.warn("The bulk import progress listener failed", ex);
        }
      }
      long now = System.nanoTime();
      if (now - this.lastLogNanos >= SegmentsBulkImporter.this.logInterval.toNanos()) {
        this.lastLogNanos = now;
        info(
            "Bulk import into %s: %d samples processed (%d created, %d already present, %d"
                + " failed), %.0f samples/s",
            this.dataset,
            progress.processed(),
            progress.created(),
            progress.alreadyPresent(),
            progress.failed(),
            progress.samplesPerSecond());
      }
    }

    private BulkImportProgress progress() {
      long failed = this.failures.size();
      return new BulkImportProgress(
          this.created + this.alreadyPresent + failed,
          this.created,
          this.alreadyPresent,
          failed,
          Duration.ofNanos(System.nanoTime() - this.startNanos));
    }

    synchronized BulkImportSummary summary() {
      return new BulkImportSummary(
          this.created,
          this.alreadyPresent,
          this.failures,
          this.requests,
          Duration.ofNanos(System.nanoTime() - this.startNanos));
    }
  }

  /** What one chunk contributed, gathered on its worker before being added to the totals. */
  private static final class Outcome {
    private final List<BulkImportSummary.Failure> failures = new ArrayList<>();
    private long created;
    private long alreadyPresent;
    private long requests;
  }

  private static boolean isFatal(SegmentsException ex) {
    return ex instanceof AuthenticationException
        || ex instanceof AuthorizationException
        || ex instanceof NotFoundException
        || ex instanceof SubscriptionException;
  }

  private static BulkImportSummary.Failure failure(AddSampleRequest sample, RuntimeException ex) {
    return failure((sample != null) ? sample.name() : null, ex);
  }

  private static BulkImportSummary.Failure failure(String name, RuntimeException ex) {
    String reason = (ex.getMessage() != null) ? ex.getMessage() : ex.getClass().getSimpleName();
    return new BulkImportSummary.Failure(name, reason);
  }

  /** Configures a {@link SegmentsBulkImporter}. */
  public static final class Builder {

    private final BulkSampleSender sender;
    private int chunkSize = DEFAULT_CHUNK_SIZE;
    private int concurrency = DEFAULT_CONCURRENCY;
    private BulkImportListener listener;
    private Duration logInterval = Duration.ofSeconds(10);
    private Duration clockSkew = Duration.ofSeconds(1);
    private Clock clock = Clock.systemUTC();

    private Builder(BulkSampleSender sender) {
      this.sender = sender;
    }

    /**
     * Samples per bulk request; {@value #DEFAULT_CHUNK_SIZE} by default.
     *
     * @param chunkSize 1 to {@value SegmentsBulkImporter#MAX_CHUNK_SIZE}
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder chunkSize(int chunkSize) {
      this.chunkSize = inRange(chunkSize, MAX_CHUNK_SIZE, "chunkSize");
      return this;
    }

    /**
     * Bulk requests in flight at most; {@value #DEFAULT_CONCURRENCY} by default.
     *
     * @param concurrency 1 to {@value SegmentsBulkImporter#MAX_CONCURRENCY}
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder concurrency(int concurrency) {
      this.concurrency = inRange(concurrency, MAX_CONCURRENCY, "concurrency");
      return this;
    }

    /**
     * Who hears about the progress after every chunk; nobody by default.
     *
     * @param listener the listener, or {@code null} for none
     * @return this builder
     */
    public Builder progress(BulkImportListener listener) {
      this.listener = listener;
      return this;
    }

    /**
     * How often at most a progress line is logged at {@code INFO}; 10 seconds by default.
     *
     * @param logInterval a positive duration
     * @return this builder
     */
    public Builder logInterval(Duration logInterval) {
      Objects.requireNonNull(logInterval, "logInterval");
      if (logInterval.isNegative() || logInterval.isZero()) {
        throw new IllegalArgumentException("logInterval must be positive, got " + logInterval);
      }
      this.logInterval = logInterval;
      return this;
    }

    /**
     * How far the server's clock may lag behind this machine's when telling created samples from
     * those already present; 1 second by default. A sample created less than this before its chunk
     * was sent (e.g. by an import just before) counts as created; with clocks further apart than
     * this, new samples count as already present.
     *
     * @param clockSkew zero or more
     * @return this builder
     */
    public Builder clockSkew(Duration clockSkew) {
      Objects.requireNonNull(clockSkew, "clockSkew");
      if (clockSkew.isNegative()) {
        throw new IllegalArgumentException("clockSkew must not be negative, got " + clockSkew);
      }
      this.clockSkew = clockSkew;
      return this;
    }

    /**
     * The clock chunk send times are taken from; the system clock by default.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the importer.
     *
     * @return the importer
     */
    public SegmentsBulkImporter build() {
      return new SegmentsBulkImporter(this);
    }

    private static int inRange(int value, int max, String name) {
      if (value < 1 || value > max) {
        throw new IllegalArgumentException(
            name + " must be between 1 and " + max + ", got " + value);
      }
      return value;
    }
  }
}
