package ai.segments.spring.resilience;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rate limit of one API key: hands out permits at the permitted rate (the generic cell rate
 * algorithm: each permit books the next free slot with one compare-and-set, so there is no lock),
 * and lowers the rate when the API throttles. Before the API first throttles, the adaptive mode
 * does not limit, and a permit costs a volatile read and a counter increment.
 */
final class KeyRateLimiter {

  private static final double NANOS_PER_SECOND = 1e9;

  private final RateLimitSettings settings;
  private final ResilienceClock clock;
  private final SendRateMeter meter;
  private final AtomicReference<CubicRate> rate;
  private final AtomicLong nextFree = new AtomicLong(Long.MIN_VALUE);

  KeyRateLimiter(RateLimitSettings settings, ResilienceClock clock) {
    this.settings = settings;
    this.clock = clock;
    this.meter = new SendRateMeter(clock.nanoTime());
    this.rate = new AtomicReference<>(CubicRate.unlimited(settings.minimumRate()));
  }

  /**
   * Books a permit.
   *
   * @param now the time
   * @return how long to wait for it in nanoseconds (0 = now), or -1 when unlimited; when the wait
   *     would exceed the maximum, the negated wait minus one (nothing is booked)
   */
  long book(long now) {
    double permitted = permittedRate(now);
    if (permitted == Double.POSITIVE_INFINITY) {
      this.meter.record(now);
      return -1;
    }
    long interval = (long) (NANOS_PER_SECOND / permitted);
    long maxWait = this.settings.maxWait().toNanos();
    while (true) {
      long booked = this.nextFree.get();
      long slot = Math.max(booked, now);
      long wait = slot - now;
      if (wait > maxWait) {
        return -wait - 1;
      }
      if (this.nextFree.compareAndSet(booked, slot + interval)) {
        this.meter.record(slot);
        return wait;
      }
    }
  }

  /**
   * Lowers the rate after a throttling answer, unless the request was sent before the rate was last
   * lowered (the answers to requests in flight then say nothing about the new rate).
   *
   * @param sentAt when the throttled request was sent
   */
  void throttled(long sentAt) {
    if (this.settings.mode() != RateLimitMode.ADAPTIVE) {
      return;
    }
    CubicRate current = this.rate.get();
    if (sentAt < current.throttledAt()) {
      return;
    }
    long now = this.clock.nanoTime();
    double sending = Math.min(current.at(now), this.meter.perSecond(now));
    this.rate.compareAndSet(current, current.throttled(sending, now));
  }

  /**
   * The permitted rate.
   *
   * @param now the time
   * @return requests per second; infinite when not limited
   */
  double permittedRate(long now) {
    return (this.settings.mode() == RateLimitMode.FIXED)
        ? this.settings.fixedRate()
        : this.rate.get().at(now);
  }
}
