package ai.segments.spring.resilience;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A retry budget shared by all calls of a client, after the retry quota of the AWS SDKs' standard
 * mode and gRPC's retry throttling: a bucket of retry tokens that starts full ({@code capacity}
 * retries), from which every retry takes one, and to which every successful call adds {@code
 * ratio}. While most calls succeed, the bucket stays full and transient failures are retried as
 * without a budget; when most calls fail, the bucket runs dry after {@code capacity} retries and
 * failures surface at once instead of multiplying the load on an API that is struggling. Over a
 * long run, retries stay below {@code ratio} × successful calls plus {@code capacity}. Lock-free.
 */
public final class RetryBudget {

  /** The retry tokens a successful call adds, by default. */
  public static final double DEFAULT_RATIO = 0.2;

  /** The retries a budget holds at most, and at the start, by default. */
  public static final int DEFAULT_CAPACITY = 10;

  private static final long MILLIS_PER_TOKEN = 1000;

  private final long capacity;
  private final long deposit;
  private final AtomicLong milliTokens;
  private final ResilienceEvents events;

  /**
   * Creates a full budget.
   *
   * @param ratio the retry tokens a successful call adds, in {@code (0, 1]}
   * @param capacity the retries the budget holds at most (and at the start), at least 1
   * @param events told when a retry is refused
   */
  public RetryBudget(double ratio, int capacity, ResilienceEvents events) {
    if (!(ratio > 0 && ratio <= 1) || capacity < 1) {
      throw new IllegalArgumentException("A retry budget needs 0 < ratio <= 1 and capacity >= 1");
    }
    this.capacity = capacity * MILLIS_PER_TOKEN;
    this.deposit = Math.max(1, Math.round(ratio * MILLIS_PER_TOKEN));
    this.milliTokens = new AtomicLong(this.capacity);
    this.events = events;
  }

  /**
   * Takes a token for a retry.
   *
   * @return {@code true} when the retry may go ahead; {@code false} when the budget is spent
   */
  public boolean tryRetry() {
    long tokens = this.milliTokens.get();
    while (tokens >= MILLIS_PER_TOKEN) {
      if (this.milliTokens.compareAndSet(tokens, tokens - MILLIS_PER_TOKEN)) {
        return true;
      }
      tokens = this.milliTokens.get();
    }
    this.events.budgetExhausted();
    return false;
  }

  /** Adds the share of a successful call; nothing to write while the budget is full. */
  public void succeeded() {
    if (this.milliTokens.get() < this.capacity) {
      this.milliTokens.accumulateAndGet(
          this.deposit, (tokens, add) -> Math.min(this.capacity, tokens + add));
    }
  }

  /**
   * The retries the budget holds now.
   *
   * @return the tokens, fractional
   */
  public double available() {
    return this.milliTokens.get() / (double) MILLIS_PER_TOKEN;
  }
}
