package ai.segments.emulator;

import java.time.Duration;
import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * A configured rate limit: the model, {@code requests} per {@code period} and, for the token
 * bucket, the burst.
 *
 * @param model how requests are counted
 * @param requests requests allowed per period, at least 1
 * @param period the period, positive
 * @param burst the token bucket's size, at least 1 (the other models ignore it)
 */
record RateLimitSetting(RateLimitModel model, int requests, Duration period, int burst) {

  RateLimitSetting {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(period, "period");
    if (requests < 1 || burst < 1 || period.isZero() || period.isNegative()) {
      throw new IllegalArgumentException(
          "rate limit needs requests >= 1, burst >= 1 and a positive period");
    }
  }

  /**
   * A limit of the model whose token bucket, if any, holds {@code requests}.
   *
   * @param model how requests are counted
   * @param requests requests allowed per period
   * @param period the period
   * @return the setting
   */
  static RateLimitSetting of(RateLimitModel model, int requests, Duration period) {
    return new RateLimitSetting(model, requests, period, requests);
  }

  /**
   * A fresh limiter, with no requests counted yet.
   *
   * @param nanoTime the clock, {@link System#nanoTime()} outside tests
   * @return the limiter
   */
  RequestLimit limiter(LongSupplier nanoTime) {
    return switch (this.model) {
      case DRF -> new SlidingLogRateLimiter(this.requests, this.period, nanoTime);
      case FIXED_WINDOW -> new FixedWindowRateLimiter(this.requests, this.period, nanoTime);
      case TOKEN_BUCKET ->
          new TokenBucketRateLimiter(this.requests, this.period, this.burst, nanoTime);
    };
  }
}
