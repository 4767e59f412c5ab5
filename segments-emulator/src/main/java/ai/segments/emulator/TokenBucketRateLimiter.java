package ai.segments.emulator;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A token-bucket rate limit per user: a steady rate of {@code requests} per {@code period} with
 * bursts of up to {@code burst} requests; beyond that 429 with the API's throttled detail and
 * {@code Retry-After} (the wait until the next token, rounded up to whole seconds).
 */
final class TokenBucketRateLimiter implements RequestLimit {

  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  /** A user's bucket: the tokens left at a moment. */
  private record Bucket(double tokens, long at) {}

  private final double tokensPerNano;
  private final int burst;
  private final LongSupplier nanoTime;
  private final Map<String, Bucket> buckets = new HashMap<>();

  TokenBucketRateLimiter(int requests, Duration period, int burst, LongSupplier nanoTime) {
    this.tokensPerNano = requests / (double) period.toNanos();
    this.burst = burst;
    this.nanoTime = nanoTime;
  }

  @Override
  public synchronized long acquire(String key) {
    long now = this.nanoTime.getAsLong();
    Bucket bucket = this.buckets.getOrDefault(key, new Bucket(this.burst, now));
    double tokens =
        Math.min(this.burst, bucket.tokens() + (now - bucket.at()) * this.tokensPerNano);
    if (tokens >= 1) {
      this.buckets.put(key, new Bucket(tokens - 1, now));
      return 0;
    }
    this.buckets.put(key, new Bucket(tokens, now));
    double waitNanos = (1 - tokens) / this.tokensPerNano;
    return Math.max(1, (long) Math.ceil(waitNanos / NANOS_PER_SECOND));
  }
}
