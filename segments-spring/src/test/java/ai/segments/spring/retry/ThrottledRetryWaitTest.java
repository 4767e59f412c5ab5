package ai.segments.spring.retry;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.spring.resilience.RateLimitMode;
import ai.segments.spring.resilience.RateLimitSettings;
import ai.segments.spring.resilience.ResilienceEvents;
import ai.segments.spring.resilience.SegmentsClock;
import ai.segments.spring.resilience.SegmentsRateLimiter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Only an adaptive rate limiter takes over the wait before a throttled attempt's retry. */
class ThrottledRetryWaitTest {

  @Test
  void anAdaptiveLimiterPacesThrottledRetries() {
    assertThat(
            ThrottledRetryWait.pacedBy(limiter(RateLimitSettings.adaptive(Duration.ofSeconds(30)))))
        .isEqualTo(ThrottledRetryWait.RATE_LIMITER);
  }

  @Test
  void aFixedRateOrNoLimiterLeavesTheWaitToRetryAfter() {
    SegmentsRateLimiter fixed =
        limiter(new RateLimitSettings(RateLimitMode.FIXED, 5, 0.5, Duration.ofSeconds(30)));

    assertThat(ThrottledRetryWait.pacedBy(fixed)).isEqualTo(ThrottledRetryWait.RETRY_AFTER);
    assertThat(ThrottledRetryWait.pacedBy(null)).isEqualTo(ThrottledRetryWait.RETRY_AFTER);
  }

  private static SegmentsRateLimiter limiter(RateLimitSettings settings) {
    return new SegmentsRateLimiter(settings, SegmentsClock.system(), ResilienceEvents.NONE);
  }
}
