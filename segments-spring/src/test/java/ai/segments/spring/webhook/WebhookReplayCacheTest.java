package ai.segments.spring.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import ai.segments.spring.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookReplayCacheTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2024-03-18T10:00:00Z"));

  @Test
  void recognisesAnIdSeenWithinTheRetention() {
    WebhookReplayCache cache = new WebhookReplayCache(Duration.ofMinutes(5), 100, clock);
    assertThat(cache.markIfNew("msg_1")).isTrue();
    clock.advance(Duration.ofSeconds(299));
    assertThat(cache.markIfNew("msg_1")).isFalse();
    assertThat(cache.markIfNew("msg_2")).isTrue();
  }

  @Test
  void forgetsIdsAfterTheRetention() {
    WebhookReplayCache cache = new WebhookReplayCache(Duration.ofMinutes(5), 100, clock);
    cache.markIfNew("msg_1");
    clock.advance(Duration.ofSeconds(300));
    assertThat(cache.markIfNew("msg_2")).isTrue();
    assertThat(cache.size()).isEqualTo(1);
    assertThat(cache.markIfNew("msg_1")).isTrue();
  }

  @Test
  void keepsAtMostTheCapacityDroppingTheOldest() {
    WebhookReplayCache cache = new WebhookReplayCache(Duration.ofMinutes(5), 3, clock);
    for (int i = 1; i <= 5; i++) {
      assertThat(cache.markIfNew("msg_" + i)).isTrue();
    }
    assertThat(cache.size()).isEqualTo(3);
    assertThat(cache.markIfNew("msg_5")).isFalse();
    assertThat(cache.markIfNew("msg_1")).isTrue();
  }

  @Test
  void forgetsOnRequest() {
    WebhookReplayCache cache = new WebhookReplayCache(Duration.ofMinutes(5), 3, clock);
    cache.markIfNew("msg_1");
    cache.forget("msg_1");
    assertThat(cache.markIfNew("msg_1")).isTrue();
  }

  @Test
  void needsACapacity() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new WebhookReplayCache(Duration.ofMinutes(5), 0, clock));
  }
}
