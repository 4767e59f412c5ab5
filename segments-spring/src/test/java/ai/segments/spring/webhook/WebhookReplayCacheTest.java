package ai.segments.spring.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.testfixtures.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookReplayCacheTest {

  private static final Duration TOLERANCE = Duration.ofMinutes(5);
  private static final Instant START = Instant.parse("2024-03-18T10:00:00Z");

  private final MutableClock clock = new MutableClock(START);

  private VerifiedWebhookMessage stampedNow(String id) {
    return new VerifiedWebhookMessage(id, clock.instant());
  }

  @Test
  void recognisesAnIdSeenWithinTheRetention() {
    WebhookReplayCache cache = new WebhookReplayCache(TOLERANCE, 100, clock);
    assertThat(cache.markIfNew(stampedNow("msg_1"))).isTrue();
    clock.advance(Duration.ofSeconds(299));
    assertThat(cache.markIfNew(new VerifiedWebhookMessage("msg_1", START))).isFalse();
    assertThat(cache.markIfNew(stampedNow("msg_2"))).isTrue();
  }

  @Test
  void remembersAFutureStampedIdUntilItsOwnTimestampPlusTheTolerance() {
    WebhookReplayCache cache = new WebhookReplayCache(TOLERANCE, 100, clock);
    VerifiedWebhookMessage ahead = new VerifiedWebhookMessage("msg_1", START.plusSeconds(290));
    assertThat(cache.markIfNew(ahead)).isTrue();
    clock.advance(Duration.ofSeconds(301));
    assertThat(cache.markIfNew(ahead)).as("replayed 301 s after the first delivery").isFalse();
    clock.advance(Duration.ofSeconds(289).plusMillis(999));
    assertThat(cache.markIfNew(ahead)).as("the last instant it could verify").isFalse();
    clock.advance(Duration.ofMillis(1));
    assertThat(cache.markIfNew(ahead)).as("it can no longer verify").isTrue();
  }

  @Test
  void forgetsIdsWhoseMessagesCanNoLongerVerify() {
    WebhookReplayCache cache = new WebhookReplayCache(TOLERANCE, 100, clock);
    cache.markIfNew(new VerifiedWebhookMessage("msg_old", START.minusSeconds(200)));
    cache.markIfNew(stampedNow("msg_1"));
    clock.advance(Duration.ofSeconds(101));
    assertThat(cache.markIfNew(stampedNow("msg_2"))).isTrue();
    assertThat(cache.size()).isEqualTo(2);
    clock.advance(Duration.ofSeconds(200));
    assertThat(cache.markIfNew(stampedNow("msg_3"))).isTrue();
    assertThat(cache.size()).isEqualTo(2);
    assertThat(cache.markIfNew(stampedNow("msg_1"))).isTrue();
  }

  @Test
  void neverKeepsAnIdLongerThanTwiceTheRetention() {
    WebhookReplayCache cache = new WebhookReplayCache(TOLERANCE, 100, clock);
    VerifiedWebhookMessage farAhead = new VerifiedWebhookMessage("msg_1", START.plusSeconds(86400));
    cache.markIfNew(farAhead);
    clock.advance(Duration.ofSeconds(601));
    assertThat(cache.markIfNew(farAhead)).isTrue();
  }

  @Test
  void refusesNewIdsWhenFullInsteadOfForgettingIdsThatCanStillVerify() {
    WebhookReplayCache cache = new WebhookReplayCache(TOLERANCE, 3, clock);
    for (int i = 1; i <= 3; i++) {
      assertThat(cache.markIfNew(stampedNow("msg_" + i))).isTrue();
      clock.advance(Duration.ofSeconds(10));
    }
    assertThatThrownBy(() -> cache.markIfNew(stampedNow("msg_4")))
        .isInstanceOfSatisfying(
            WebhookReplayCacheFullException.class,
            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(271)));
    assertThat(cache.markIfNew(stampedNow("msg_1"))).as("still a duplicate").isFalse();
    assertThat(cache.size()).isEqualTo(3);

    clock.advance(Duration.ofSeconds(271));
    assertThat(cache.markIfNew(stampedNow("msg_4"))).isTrue();
    assertThat(cache.markIfNew(stampedNow("msg_2"))).isFalse();
  }

  @Test
  void forgetsOnRequest() {
    WebhookReplayCache cache = new WebhookReplayCache(TOLERANCE, 1, clock);
    cache.markIfNew(stampedNow("msg_1"));
    cache.forget("msg_1");
    cache.forget("msg_unknown");
    assertThat(cache.size()).isZero();
    assertThat(cache.markIfNew(stampedNow("msg_2"))).isTrue();
  }

  @Test
  void needsACapacity() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new WebhookReplayCache(TOLERANCE, 0, clock));
  }
}
