package ai.segments.spring.retry;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Exponential back-off with "equal jitter": before retry {@code n} (1 for the first retry) the
 * exponential wait is {@code initial × multiplier^(n-1)}, capped at {@code max}; the actual wait is
 * a random value between half of it and all of it. A server's {@code Retry-After} replaces the
 * computed wait (the decision has already refused waits longer than {@code max}).
 */
public final class ExponentialJitterBackOff {

  private final Duration initial;
  private final double multiplier;
  private final Duration max;
  private final DoubleSupplier random;

  /**
   * Creates the back-off.
   *
   * @param initial the exponential wait before the first retry
   * @param multiplier the growth from one retry to the next, at least 1
   * @param max the cap of one wait
   * @param random uniform values in {@code [0, 1)}
   */
  public ExponentialJitterBackOff(
      Duration initial, double multiplier, Duration max, DoubleSupplier random) {
    this.initial = initial;
    this.multiplier = multiplier;
    this.max = max;
    this.random = random;
  }

  /**
   * The wait before a retry.
   *
   * @param retry the retry number, 1 for the first retry
   * @param retryAfter the wait the server asked for, or {@code null}
   * @return the wait
   */
  public Duration delayBefore(int retry, Duration retryAfter) {
    if (retryAfter != null) {
      return retryAfter;
    }
    double exponential = this.initial.toNanos() * Math.pow(this.multiplier, retry - 1.0);
    double capped = Math.min(exponential, this.max.toNanos());
    double jittered = capped / 2 + (capped / 2) * this.random.getAsDouble();
    return Duration.ofNanos((long) jittered);
  }
}
