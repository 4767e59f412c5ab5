package ai.segments.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The token bucket on a fake clock: bursts, the steady rate, the wait it answers and per-user
 * state.
 */
class TokenBucketRateLimiterTest {

  private final AtomicLong nanos = new AtomicLong();
  private final TokenBucketRateLimiter limiter =
      new TokenBucketRateLimiter(10, Duration.ofSeconds(1), 3, this.nanos::get);

  @Test
  void allowsABurstThenTheSteadyRate() {
    for (int i = 0; i < 3; i++) {
      assertThat(this.limiter.acquire("demo")).isZero();
    }
    assertThat(this.limiter.acquire("demo")).isEqualTo(1);

    this.nanos.addAndGet(Duration.ofMillis(100).toNanos());
    assertThat(this.limiter.acquire("demo")).isZero();
    assertThat(this.limiter.acquire("demo")).isEqualTo(1);
  }

  @Test
  void aQuietTimeRefillsTheBucketOnlyUpToTheBurst() {
    this.nanos.addAndGet(Duration.ofMinutes(1).toNanos());
    for (int i = 0; i < 3; i++) {
      assertThat(this.limiter.acquire("demo")).isZero();
    }
    assertThat(this.limiter.acquire("demo")).isPositive();
  }

  @Test
  void eachUserHasABucketOfItsOwn() {
    for (int i = 0; i < 3; i++) {
      this.limiter.acquire("demo");
    }
    assertThat(this.limiter.acquire("demo")).isPositive();
    assertThat(this.limiter.acquire("ci")).isZero();
  }

  @Test
  void retryAfterIsTheWaitForTheNextTokenInWholeSeconds() {
    TokenBucketRateLimiter slow =
        new TokenBucketRateLimiter(1, Duration.ofSeconds(10), 1, this.nanos::get);
    assertThat(slow.acquire("demo")).isZero();
    assertThat(slow.acquire("demo")).isEqualTo(10);
    this.nanos.addAndGet(Duration.ofMillis(7_500).toNanos());
    assertThat(slow.acquire("demo")).isEqualTo(3);
  }
}
