package ai.segments.spring.resilience;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The rate limit of one API key: hands out permits evenly spaced at the permitted rate (the generic
 * cell rate algorithm without burst credit: each permit books the next free slot with one
 * compare-and-set, so there is no lock, callers keep their place in line, and a pause earns no
 * burst afterwards), and learns the rate from the API's answers: the rate it accepted when it
 * throttled, and a long {@code Retry-After}. Before the API first throttles, the adaptive mode does
 * not limit, and a permit costs a volatile read and a counter increment.
 */
final class KeyRateLimiter {

  private static final double NANOS_PER_SECOND = 1e9;

  /**
   * The highest permitted rate as a multiple of the higher of the rate where the API last throttled
   * and the rate the client sends at: a client that is not sending has no evidence that the limit
   * rose, one that uses its rate may keep probing beyond.
   */
  static final double CEILING = 2;

  /** How much a {@code Retry-After} in whole seconds may exceed the server's wait. */
  private static final long ROUNDING_NANOS = 1_000_000_000L;

  private final RateLimitSettings settings;
  private final SegmentsClock clock;
  private final RateMeter sent;
  private final RateMeter accepted;
  private final AtomicReference<CubicRate> rate;
  private final AtomicLong nextFree = new AtomicLong(Long.MIN_VALUE);

  KeyRateLimiter(RateLimitSettings settings, SegmentsClock clock) {
    this.settings = settings;
    this.clock = clock;
    this.sent = new RateMeter(clock.nanoTime());
    this.accepted = new RateMeter(clock.nanoTime());
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
   * @param horizon how far ahead a slot may be booked (the longest wait), in nanoseconds
   * @return the booking
   */
  Booking book(long now, long horizon) {
    double permitted = permittedRate(now);
    if (permitted == Double.POSITIVE_INFINITY) {
      this.sent.record(now);
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
        this.sent.record(now);
        return new Booking(wait, true, true);
      }
    }
  }

  /**
   * Lowers the rate after a throttling answer, unless the request's permit was booked before the
   * rate was last lowered: such requests (in flight, or queued for a permit) were paced by the old
   * rate, so their answers say nothing about the new one. A {@code Retry-After} of more than a
   * second also closes the key until the part of the wait that the server surely meant has passed
   * (the header is rounded up to whole seconds, so that is the value less one second): no permit is
   * handed out before, so a long wait fails calls at once instead of sending them to be refused.
   *
   * @param bookedAt when the throttled request's permit was booked
   * @param retryAfter the answer's {@code Retry-After}; zero when it had none
   */
  void throttled(long bookedAt, Duration retryAfter) {
    if (this.settings.mode() != RateLimitMode.ADAPTIVE) {
      return;
    }
    long now = this.clock.nanoTime();
    CubicRate current = this.rate.get();
    if (bookedAt >= current.throttledAt()) {
      this.rate.compareAndSet(current, current.throttled(limit(current, now), now));
    }
    long surely = retryAfter.toNanos() - ROUNDING_NANOS;
    if (surely > 0) {
      this.nextFree.accumulateAndGet(now + surely, Math::max);
    }
  }

  /** Counts an answer of the API that was not throttling; only the adaptive mode learns from it. */
  void accepted() {
    if (this.settings.mode() == RateLimitMode.ADAPTIVE) {
      this.accepted.record(this.clock.nanoTime());
    }
  }

  /**
   * Where the limit is, as the API just throttled: the rate it accepted, not above the rate
   * permitted (a burst it accepted at once is no rate). Once limited, a client comes down in steps
   * of at most {@link CubicRate#BETA} of the permitted rate per answer (a second without accepted
   * answers, e.g. while its callers wait out a {@code Retry-After}, is no rate). On the first
   * throttling answer a flood tells little, so the client takes a step down from the rate it sent,
   * but to no more than twice the rate the API accepted (when it accepted any).
   */
  private double limit(CubicRate current, long now) {
    double permitted = current.at(now);
    double accepted = Math.min(permitted, this.accepted.perSecond(now));
    if (current.limits()) {
      return Math.max(accepted, CubicRate.BETA * permitted);
    }
    double stepFromSent = CubicRate.BETA * this.sent.perSecond(now);
    return (accepted > 0) ? Math.max(accepted, Math.min(stepFromSent, 2 * accepted)) : stepFromSent;
  }

  /**
   * The permitted rate.
   *
   * @param now the time
   * @return requests per second; infinite when not limited
   */
  double permittedRate(long now) {
    if (this.settings.mode() == RateLimitMode.FIXED) {
      return this.settings.fixedRate();
    }
    CubicRate current = this.rate.get();
    double rate = current.at(now);
    return (rate == Double.POSITIVE_INFINITY)
        ? rate
        : Math.min(rate, CEILING * Math.max(current.maxRate(), this.sent.perSecond(now)));
  }
}
