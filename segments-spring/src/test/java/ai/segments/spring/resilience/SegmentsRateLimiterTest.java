package ai.segments.spring.resilience;

import static ai.segments.spring.resilience.Attempts.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ai.segments.client.exception.ApiLimitException;
import ai.segments.spring.support.FakeSegmentsClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rate limiter on a fake clock: when calls wait, how long, and how the rate adapts. */
class SegmentsRateLimiterTest {

  private final FakeSegmentsClock time = new FakeSegmentsClock();
  private final List<Duration> waits = new ArrayList<>();
  private final ResilienceEvents events =
      new ResilienceEvents() {
        @Override
        public void permitWaited(Duration wait) {
          SegmentsRateLimiterTest.this.waits.add(wait);
        }
      };

  private SegmentsRateLimiter adaptive() {
    return new SegmentsRateLimiter(
        RateLimitSettings.adaptive(Duration.ofSeconds(30)), this.time, this.events);
  }

  @Test
  void adaptiveModeLetsEverythingThroughUntilTheApiThrottles() {
    SegmentsRateLimiter limiter = adaptive();
    for (int i = 0; i < 1000; i++) {
      limiter.acquire(call("key-a"));
    }
    assertThat(this.time.sleeps()).isEmpty();
    assertThat(this.waits).isEmpty();
    assertThat(limiter.permittedRate()).isNaN();
  }

  @Test
  void afterThrottlingCallsArePacedAtSeventyPercentOfTheRateTheyWereSentAt() {
    SegmentsRateLimiter limiter = adaptive();
    sendAtRate(limiter, "key-a", 100, Duration.ofSeconds(2));
    long bookedAt = limiter.acquire(call("key-a"));

    limiter.throttled(call("key-a"), bookedAt);

    assertThat(limiter.permittedRate("key-a")).isCloseTo(70, within(2.0));
    limiter.acquire(call("key-a"));
    limiter.acquire(call("key-a"));
    limiter.acquire(call("key-a"));
    assertThat(this.time.sleeps()).hasSize(2);
    assertThat(this.time.sleeps().get(1).toNanos())
        .isCloseTo(1_000_000_000L / 70, within(300_000L));
    assertThat(limiter.permittedRate()).isCloseTo(70, within(2.0));
  }

  @Test
  void throttlingOfRequestsBookedBeforeTheRateWasLoweredDoesNotLowerItAgain() {
    SegmentsRateLimiter limiter = adaptive();
    sendAtRate(limiter, "key-a", 100, Duration.ofSeconds(2));
    long inFlightSince = limiter.acquire(call("key-a"));
    this.time.advance(Duration.ofMillis(1));
    limiter.throttled(call("key-a"), this.time.nanoTime());
    double lowered = limiter.permittedRate("key-a");

    limiter.throttled(call("key-a"), inFlightSince);

    assertThat(limiter.permittedRate("key-a")).isCloseTo(lowered, within(0.5));
  }

  @Test
  void eachApiKeyHasItsOwnLimit() {
    SegmentsRateLimiter limiter = adaptive();
    sendAtRate(limiter, "key-a", 100, Duration.ofSeconds(2));
    limiter.throttled(call("key-a"), this.time.nanoTime());

    assertThat(limiter.permittedRate("key-a")).isFinite();
    assertThat(limiter.permittedRate("key-b")).isInfinite();
  }

  @Test
  void theRateGrowsBackWhileNothingIsThrottled() {
    SegmentsRateLimiter limiter = adaptive();
    sendAtRate(limiter, "key-a", 100, Duration.ofSeconds(2));
    limiter.throttled(call("key-a"), this.time.nanoTime());
    double lowered = limiter.permittedRate("key-a");

    this.time.advance(Duration.ofSeconds(3));

    assertThat(limiter.permittedRate("key-a")).isGreaterThan(lowered + 25);
  }

  @Test
  void aWaitLongerThanTheMaximumFailsAtOnceWithTheWaitAndBooksNothing() {
    SegmentsRateLimiter limiter =
        new SegmentsRateLimiter(
            new RateLimitSettings(RateLimitMode.FIXED, 0.25, 0.1, Duration.ofSeconds(2)),
            this.time,
            this.events);
    limiter.acquire(call("key-a"));

    assertThatThrownBy(() -> limiter.acquire(call("key-a")))
        .isInstanceOfSatisfying(
            ApiLimitException.class,
            ex -> {
              assertThat(ex.retryAfter()).hasValue(Duration.ofSeconds(4));
              assertThat(ex.statusCode()).isEmpty();
              assertThat(ex).hasMessageContaining("getDataset").hasMessageContaining("not sent");
            });
    this.time.advance(Duration.ofMillis(2500));
    long bookedAt = limiter.acquire(call("key-a"));

    assertThat(this.time.sleeps())
        .as("slept until the slot was within the booking horizon, then until the slot")
        .containsExactly(Duration.ofMillis(1000), Duration.ofMillis(500));
    assertThat(bookedAt).isEqualTo(this.time.nanoTime() - Duration.ofMillis(500).toNanos());
    assertThat(this.waits).containsExactly(Duration.ZERO, Duration.ofMillis(1500));
  }

  @Test
  void callersFurtherBackThanTheBookingHorizonGetTheRaisedRate() {
    SegmentsRateLimiter limiter = adaptive();
    sendAtRate(limiter, "key-a", 10, Duration.ofSeconds(2));
    limiter.throttled(call("key-a"), this.time.nanoTime());
    double lowered = limiter.permittedRate("key-a");
    this.time.advance(Duration.ofSeconds(10));

    limiter.acquire(call("key-a"));
    limiter.acquire(call("key-a"));

    assertThat(limiter.permittedRate("key-a")).isGreaterThan(lowered);
    assertThat(this.time.sleeps())
        .singleElement()
        .satisfies(
            sleep ->
                assertThat(sleep.toNanos())
                    .isCloseTo((long) (1e9 / limiter.permittedRate("key-a")), within(20_000_000L)));
  }

  @Test
  void fixedModePacesAtTheGivenRateAndIgnoresThrottling() {
    SegmentsRateLimiter limiter =
        new SegmentsRateLimiter(
            new RateLimitSettings(RateLimitMode.FIXED, 10, 0.5, Duration.ofSeconds(30)),
            this.time,
            this.events);
    for (int i = 0; i < 5; i++) {
      limiter.acquire(call("key-a"));
    }
    limiter.throttled(call("key-a"), this.time.nanoTime());

    assertThat(this.time.sleeps()).containsOnly(Duration.ofMillis(100)).hasSize(4);
    assertThat(this.waits).hasSize(5);
    assertThat(limiter.permittedRate("key-a")).isEqualTo(10);
  }

  @Test
  void offNeedsNoLimiter() {
    assertThatThrownBy(
            () ->
                new SegmentsRateLimiter(
                    new RateLimitSettings(RateLimitMode.OFF, 0, 0.5, Duration.ofSeconds(1)),
                    this.time,
                    this.events))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private void sendAtRate(
      SegmentsRateLimiter limiter, String key, int perSecond, Duration duration) {
    long count = duration.toSeconds() * perSecond;
    for (long i = 0; i < count; i++) {
      limiter.acquire(call(key));
      this.time.advance(Duration.ofNanos(1_000_000_000L / perSecond));
    }
  }
}
