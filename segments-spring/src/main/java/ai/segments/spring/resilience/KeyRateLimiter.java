package ai.segments.spring.resilience;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rate limit of one API key: hands out permits at the permitted rate (the generic cell rate
 * algorithm: each permit books the next free slot with one compare-and-set, so there is no lock),
 * and lowers the rate when the API throttles. Slots are booked at most a horizon ahead, so that a
 * changed rate applies to the callers still waiting. Before the API first throttles, the adaptive
 * mode does not limit, and a permit costs a volatile read and a counter increment.
 */
final class KeyRateLimiter {

  private static final double NANOS_PER_SECOND = 1e9;

  private final RateLimitSettings settings;
  private final SegmentsClock clock;
  private final SendRateMeter meter;
  private final AtomicReference<CubicRate> rate;
  private final AtomicLong nextFree = new AtomicLong(Long.MIN_VALUE);

  KeyRateLimiter(RateLimitSettings settings, SegmentsClock clock) {
    this.settings = settings;
    this.clock = clock;
    this.meter = new SendRateMeter(clock.nanoTime());
    this.rate = new AtomicReference<>(CubicRate.unlimited(settings.minimumRate()));
  }

  /**
   * The outcome of booking a permit.
   *
   * @param waitNanos nanoseconds until the permit (booked) or until the next free slot (not booked)
   * @param booked whether the permit is booked
   * @param limited whether the rate limits at all
   */
  record Booking(long waitNanos, boolean booked, boolean limited) {

    /** A permit of a rate that does not limit. */
    static final Booking UNLIMITED = new Booking(0, true, false);
  }

  /**
   * Books a permit, unless the next free slot is further away than the horizon.
   *
   * @param now the time
   * @param horizon how far ahead a slot may be booked, in nanoseconds
   * @return the booking
   */
  Booking book(long now, long horizon) {
    double permitted = permittedRate(now);
    if (permitted == Double.POSITIVE_INFINITY) {
      this.meter.record(now);
      return Booking.UNLIMITED;
    }
    long interval = (long) (NANOS_PER_SECOND / permitted);
    while (true) {
      long booked = this.nextFree.get();
      long slot = Math.max(booked, now);
      long wait = slot - now;
      if (wait > horizon) {
        return new Booking(wait, false, true);
      }
      if (this.nextFree.compareAndSet(booked, slot + interval)) {
        this.meter.record(slot);
        return new Booking(wait, true, true);
      }
    }
  }

  /**
   * Lowers the rate after a throttling answer, unless the request's permit was booked before the
   * rate was last lowered: such requests (in flight, or queued for a permit) were paced by the old
   * rate, so their answers say nothing about the new one.
   *
   * @param bookedAt when the throttled request's permit was booked
   */
  void throttled(long bookedAt) {
    if (this.settings.mode() != RateLimitMode.ADAPTIVE) {
      return;
    }
    CubicRate current = this.rate.get();
    if (bookedAt < current.throttledAt()) {
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
