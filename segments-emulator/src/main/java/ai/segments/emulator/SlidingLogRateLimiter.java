package ai.segments.emulator;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.LongSupplier;

/**
 * Django REST framework's {@code SimpleRateThrottle} per user: a sliding log of the moments of the
 * requests it accepted within the period. A request is refused while the log holds {@code requests}
 * entries; refused requests are not logged, so they never extend the wait. The wait is DRF's {@code
 * remaining_duration / available_requests}, rounded up to whole seconds as DRF's {@code Throttled}
 * does.
 *
 * <p>Each user's log holds at most {@code requests} moments; users are the emulator's known API key
 * holders.
 */
final class SlidingLogRateLimiter implements RequestLimit {

  private static final double NANOS_PER_SECOND = 1_000_000_000d;

  private final int requests;
  private final long periodNanos;
  private final LongSupplier nanoTime;
  private final Map<String, AcceptedLog> logs = new HashMap<>();

  SlidingLogRateLimiter(int requests, Duration period, LongSupplier nanoTime) {
    this.requests = requests;
    this.periodNanos = period.toNanos();
    this.nanoTime = nanoTime;
  }

  @Override
  public synchronized long acquire(String key) {
    long now = this.nanoTime.getAsLong();
    AcceptedLog log = this.logs.computeIfAbsent(key, user -> new AcceptedLog(this.requests));
    // DRF drops entries with timestamp <= now - duration: an entry exactly one period old is gone.
    log.dropUpTo(now - this.periodNanos);
    if (log.size() < this.requests) {
      log.add(now);
      return 0;
    }
    // A refused user's log is full, so available_requests is 1 and DRF's wait is never None here.
    double waitNanos =
        wait(this.periodNanos, this.requests, log.size(), now - log.oldest()).orElseThrow();
    return (long) Math.ceil(waitNanos / NANOS_PER_SECOND);
  }

  /**
   * DRF's {@code SimpleRateThrottle.wait()}: the time left until the oldest logged request leaves
   * the period, shared among the requests still available (plus the refused one).
   *
   * @param periodNanos the throttle's duration
   * @param requests the throttle's num_requests
   * @param logged the entries in the log after dropping the expired ones
   * @param oldestAgeNanos how long ago the oldest entry was logged (ignored for an empty log)
   * @return the wait in nanoseconds, or empty where DRF answers None (no requests available)
   */
  static OptionalDouble wait(long periodNanos, int requests, int logged, long oldestAgeNanos) {
    long remaining = logged == 0 ? periodNanos : periodNanos - oldestAgeNanos;
    long available = (long) requests - logged + 1;
    if (available <= 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(remaining / (double) available);
  }

  /** One user's accepted moments, oldest first, in a ring that grows up to the limit. */
  private static final class AcceptedLog {

    private final int capacity;
    private long[] moments = new long[1];
    private int oldest;
    private int size;

    AcceptedLog(int capacity) {
      this.capacity = capacity;
    }

    int size() {
      return this.size;
    }

    long oldest() {
      return this.moments[this.oldest];
    }

    void dropUpTo(long moment) {
      while (this.size > 0 && this.moments[this.oldest] - moment <= 0) {
        this.oldest = (this.oldest + 1) % this.moments.length;
        this.size--;
      }
    }

    void add(long moment) {
      if (this.size == this.moments.length) {
        grow();
      }
      this.moments[(this.oldest + this.size) % this.moments.length] = moment;
      this.size++;
    }

    private void grow() {
      long[] grown = new long[(int) Math.min(this.capacity, 2L * this.moments.length)];
      for (int i = 0; i < this.size; i++) {
        grown[i] = this.moments[(this.oldest + i) % this.moments.length];
      }
      this.moments = grown;
      this.oldest = 0;
    }
  }
}
