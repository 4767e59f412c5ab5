package ai.segments.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private final Clock clock = Clock.fixed(Instant.parse("2026-11-29T12:00:00Z"), ZoneOffset.UTC);

  @Test
  void readsDelaySeconds() {
    assertThat(RetryAfter.parse("12", this.clock)).isEqualTo(Duration.ofSeconds(12));
    assertThat(RetryAfter.parse(" 0 ", this.clock)).isEqualTo(Duration.ZERO);
  }

  @Test
  void readsAnHttpDateRelativeToTheClock() {
    assertThat(RetryAfter.parse("Sun, 29 Nov 2026 12:00:30 GMT", this.clock))
        .isEqualTo(Duration.ofSeconds(30));
    assertThat(RetryAfter.parse("Sun, 29 Nov 2026 11:00:00 GMT", this.clock))
        .isEqualTo(Duration.ZERO);
  }

  @Test
  void ignoresAbsentAndUnreadableValues() {
    assertThat(RetryAfter.parse(null, this.clock)).isNull();
    assertThat(RetryAfter.parse("", this.clock)).isNull();
    assertThat(RetryAfter.parse("soon", this.clock)).isNull();
  }
}
