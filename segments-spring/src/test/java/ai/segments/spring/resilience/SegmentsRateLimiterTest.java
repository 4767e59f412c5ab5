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

  private static final Duration NO_RETRY_AFTER = Duration.ZERO;

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
  void afterThrottlingCallsArePacedEvenlyBelowTheRateTheApiAccepted() {
    SegmentsRateLimiter limiter = adaptive();
    sendAtRate(limiter, "key-a", 100, Duration.ofSeconds(2));
    long bookedAt = limiter.acquire(call("key-a"));

    limiter.throttled(call("key-a"), bookedAt, NO_RETRY_AFTER);

    assertThat(limiter.permittedRate("key-a")).isCloseTo(85, within(2.0));
    limiter.acquire(call("key-a"));
    limiter.acquire(call("key-a"));
    limiter.acquire(call("key-a"));
    assertThat(this.time.sleeps()).hasSize(2);
    assertThat(this.time.sleeps().get(1).toNanos())
        .isCloseTo(1_000_000_000L / 85, within(300_000L));
    assertThat(limiter.permittedRate()).isCloseTo(85, within(2.0));
  }

  @Test
  void theLimitIsLearnedFromTheRateTheApiAcceptedNotOnlyFromTheRateSent() {
    SegmentsRateLimiter limiter = adaptive();
    for (int i = 0; i < 200; i++) {
      limiter.acquire(call("key-a"));
      if (i % 10 != 0) {
        limiter.accepted(call("key-a"));
      }
      this.time.advance(Duration.ofMillis(10));
    }

    limiter.throttled(call("key-a"), this.time.nanoTime(), NO_RETRY_AFTER);

    assertThat(limiter.permittedRate("key-a"))
        .as("85% of the 90/s accepted, not of the 100/s sent")
        .isCloseTo(0.85 * 90, within(2.0));
  }

  @Test
  void aClientWhoseFloodTheApiRefusedWholeComesDownInStepsFromTheRateItSent() {
    SegmentsRateLimiter limiter = adaptive();
    for (int i = 0; i < 1000; i++) {
      limiter.acquire(call("key-a"));
      this.time.advance(Duration.ofMillis(1));
    }

    limiter.throttled(call("key-a"), this.time.nanoTime(), NO_RETRY_AFTER);
    double firstStep = limiter.permittedRate("key-a");
    limiter.acquire(call("key-a"));
    limiter.throttled(call("key-a"), this.time.nanoTime(), NO_RETRY_AFTER);

    assertThat(firstStep).isCloseTo(0.85 * 0.85 * 1000, within(20.0));
    assertThat(limiter.permittedRate("key-a")).isCloseTo(0.85 * 0.85 * firstStep, within(20.0));
  }

  @Test
  void aLongRetryAfterClosesTheKeyForTheWaitTheServerSurelyMeant() {
    SegmentsRateLimiter limiter =
        new SegmentsRateLimiter(
            RateLimitSettings.adaptive(Duration.ofSeconds(5)), this.time, this.events);
    sendAtRate(limiter, "key-a", 10, Duration.ofSeconds(2));

    limiter.throttled(call("key-a"), this.time.nanoTime(), Duration.ofSeconds(10));

    assertThatThrownBy(() -> limiter.acquire(call("key-a")))
        .isInstanceOfSatisfying(
            ApiLimitException.class,
            ex -> assertThat(ex.retryAfter()).hasValue(Duration.ofSeconds(9)));
    this.time.advance(Duration.ofSeconds(8));
    int sleepsBefore = this.time.sleeps().size();
    limiter.acquire(call("key-a"));
    assertThat(this.time.sleeps().subList(sleepsBefore, this.time.sleeps().size()))
        .containsExactly(Duration.ofSeconds(1));
  }

  @Test
  void aRetryAfterOfOneSecondDoesNotCloseTheKey() {
    SegmentsRateLimiter limiter = adaptive();
    sendAtRate(limiter, "key-a", 10, Duration.ofSeconds(2));

    limiter.throttled(call("key-a"), this.time.nanoTime(), Duration.ofSeconds(1));
    int sleepsBefore = this.time.sleeps().size();
    limiter.acquire(call("key-a"));

    assertThat(this.time.sleeps().subList(sleepsBefore, this.time.sleeps().size())).isEmpty();
  }

  @Test
  void afterAPauseCallsArePacedNotSentInABurst() {
    SegmentsRateLimiter limiter = adaptive();
    sendAtRate(limiter, "key-a", 100, Duration.ofSeconds(2));
    limiter.throttled(call("key-a"), this.time.nanoTime(), NO_RETRY_AFTER);
    this.time.advance(Duration.ofSeconds(3));
    int sleepsBefore = this.time.sleeps().size();

    for (int i = 0; i < 4; i++) {
      limiter.acquire(call("key-a"));
    }

    assertThat(this.time.sleeps().subList(sleepsBefore, this.time.sleeps().size()))
        .hasSize(3)
        .allSatisfy(
            sleep ->
                assertThat(sleep.toNanos())
                    .isCloseTo((long) (1e9 / limiter.permittedRate("key-a")), within(1_000_000L)));
  }

  @Test
  void aClientThatIsNotSendingDoesNotGrowBeyondTwiceTheRateWhereItWasThrottled() {
    SegmentsRateLimiter limiter = adaptive();
    sendAtRate(limiter, "key-a", 10, Duration.ofSeconds(2));
    limiter.throttled(call("key-a"), this.time.nanoTime(), NO_RETRY_AFTER);

    this.time.advance(Duration.ofSeconds(50));

    assertThat(limiter.permittedRate("key-a")).isBetween(15.0, 20.0);
  }

  @Test
  void throttlingOfRequestsBookedBeforeTheRateWasLoweredDoesNotLowerItAgain() {
    SegmentsRateLimiter limiter = adaptive();
    sendAtRate(limiter, "key-a", 100, Duration.ofSeconds(2));
    long inFlightSince = limiter.acquire(call("key-a"));
    this.time.advance(Duration.ofMillis(1));
    limiter.throttled(call("key-a"), this.time.nanoTime(), NO_RETRY_AFTER);
    double lowered = limiter.permittedRate("key-a");

    limiter.throttled(call("key-a"), inFlightSince, NO_RETRY_AFTER);

    assertThat(limiter.permittedRate("key-a")).isCloseTo(lowered, within(0.5));
  }

  @Test
  void eachApiKeyHasItsOwnLimit() {
    SegmentsRateLimiter limiter = adaptive();
    sendAtRate(limiter, "key-a", 100, Duration.ofSeconds(2));
    limiter.throttled(call("key-a"), this.time.nanoTime(), NO_RETRY_AFTER);

    assertThat(limiter.permittedRate("key-a")).isFinite();
    assertThat(limiter.permittedRate("key-b")).isInfinite();
  }

  @Test
  void theRateGrowsBackWhileNothingIsThrottled() {
    SegmentsRateLimiter limiter = adaptive();
    sendAtRate(limiter, "key-a", 100, Duration.ofSeconds(2));
    limiter.throttled(call("key-a"), this.time.nanoTime(), NO_RETRY_AFTER);
    double lowered = limiter.permittedRate("key-a");

    this.time.advance(Duration.ofSeconds(3));

    assertThat(limiter.permittedRate("key-a")).isGreaterThan(lowered + 10);
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

    assertThat(this.time.sleeps()).containsExactly(Duration.ofMillis(1500));
    assertThat(bookedAt).isEqualTo(this.time.nanoTime() - Duration.ofMillis(1500).toNanos());
    assertThat(this.waits).containsExactly(Duration.ZERO, Duration.ofMillis(1500));
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
    limiter.throttled(call("key-a"), this.time.nanoTime(), NO_RETRY_AFTER);

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
      limiter.accepted(call(key));
      this.time.advance(Duration.ofNanos(1_000_000_000L / perSecond));
    }
  }
}
