package ai.segments.spring.resilience;

import ai.segments.client.call.SegmentsCall;
import ai.segments.client.exception.ApiLimitException;
import ai.segments.client.exception.SegmentsErrorDetails;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The client-side rate limits of one client: one per API key, shared by every thread and every
 * client derived from it ({@code withApiKey}, {@code withReadTimeout}) that sends the same key.
 * Callers wait for a permit up to {@link RateLimitSettings#maxWait()}; past it the call fails at
 * once with an {@link ApiLimitException} whose {@code retryAfter()} is the wait. See {@link
 * RateLimitMode} for the modes.
 */
public final class SegmentsRateLimiter {

  private final RateLimitSettings settings;
  private final SegmentsClock clock;
  private final ResilienceEvents events;
  private final Map<String, KeyRateLimiter> perKey = new ConcurrentHashMap<>();

  /**
   * Creates the limiter.
   *
   * @param settings the mode and its parameters; not {@link RateLimitMode#OFF}
   * @param clock measures and waits
   * @param events told about every permit waited for
   */
  public SegmentsRateLimiter(
      RateLimitSettings settings, SegmentsClock clock, ResilienceEvents events) {
    if (settings.mode() == RateLimitMode.OFF) {
      throw new IllegalArgumentException("A rate limiter that is off needs no instance");
    }
    this.settings = settings;
    this.clock = clock;
    this.events = events;
  }

  /**
   * Waits for a permit to send an attempt.
   *
   * @param call the attempt
   * @return when the permit was booked (before any wait), on the {@link SegmentsClock}: the rate of
   *     that moment paced it
   * @throws ApiLimitException when the wait would exceed the maximum; nothing is sent
   */
  public long acquire(SegmentsCall call) {
    long now = this.clock.nanoTime();
    KeyRateLimiter.Booking booking = limiter(call).book(now, this.settings.maxWait().toNanos());
    if (!booking.limited()) {
      return now;
    }
    Duration wait = Duration.ofNanos(booking.waitNanos());
    if (!booking.booked()) {
      throw tooLong(call, wait);
    }
    sleep(call, booking.waitNanos());
    this.events.permitWaited(wait);
    return now;
  }

  /**
   * Lowers the rate of the call's key after the API throttled it (adaptive mode).
   *
   * @param call the throttled attempt
   * @param bookedAt when its permit was booked
   * @param retryAfter the answer's {@code Retry-After}; zero when it had none
   */
  public void throttled(SegmentsCall call, long bookedAt, Duration retryAfter) {
    limiter(call).throttled(bookedAt, retryAfter);
  }

  /**
   * Counts an answer of the API to the call that was not throttling: the adaptive mode learns the
   * limit from the rate of these answers.
   *
   * @param call the answered attempt
   */
  public void accepted(SegmentsCall call) {
    limiter(call).accepted();
  }

  /**
   * Whether the limiter learns the rate from the API's answers ({@link RateLimitMode#ADAPTIVE}).
   *
   * @return {@code true} in the adaptive mode
   */
  public boolean adapts() {
    return this.settings.mode() == RateLimitMode.ADAPTIVE;
  }

  /**
   * The permitted rate of a key.
   *
   * @param apiKeyId the key's {@link SegmentsCall#apiKeyId() id}
   * @return requests per second; infinite while the key is not limited
   */
  public double permittedRate(String apiKeyId) {
    KeyRateLimiter limiter = this.perKey.get(apiKeyId);
    return (limiter != null)
        ? limiter.permittedRate(this.clock.nanoTime())
        : (this.settings.mode() == RateLimitMode.FIXED)
            ? this.settings.fixedRate()
            : Double.POSITIVE_INFINITY;
  }

  /**
   * The permitted rate of all keys that are limited, for the rate gauge.
   *
   * @return requests per second; {@code NaN} while no key is limited
   */
  public double permittedRate() {
    long now = this.clock.nanoTime();
    return this.perKey.values().stream()
        .mapToDouble(limiter -> limiter.permittedRate(now))
        .filter(Double::isFinite)
        .reduce(Double::sum)
        .orElse(Double.NaN);
  }

  private KeyRateLimiter limiter(SegmentsCall call) {
    KeyRateLimiter known = this.perKey.get(call.apiKeyId());
    return (known != null)
        ? known
        : this.perKey.computeIfAbsent(
            call.apiKeyId(), id -> new KeyRateLimiter(this.settings, this.clock));
  }

  private void sleep(SegmentsCall call, long nanos) {
    if (nanos <= 0) {
      return;
    }
    try {
      this.clock.sleep(Duration.ofNanos(nanos));
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new ApiLimitException(
          call.operation().operationName()
              + ": interrupted while waiting for the client's rate limit; not sent",
          ex,
          SegmentsErrorDetails.beforeRequest(call.operation().operationName()));
    }
  }

  private ApiLimitException tooLong(SegmentsCall call, Duration wait) {
    String operation = call.operation().operationName();
    return new ApiLimitException(
        operation
            + ": the client's rate limit for this API key has no permit within "
            + this.settings.maxWait()
            + " (next in "
            + wait
            + "); not sent",
        null,
        new SegmentsErrorDetails(operation, null, null, wait, false));
  }
}
