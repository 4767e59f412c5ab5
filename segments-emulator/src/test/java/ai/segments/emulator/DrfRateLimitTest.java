package ai.segments.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The rate limit over HTTP on a fake clock: Django REST framework's rules as the API answers them,
 * scoped limits per operation, and each model picked through the builder.
 */
class DrfRateLimitTest {

  private final AtomicLong nanos = new AtomicLong();

  @Test
  void aRefusedRequestDoesNotExtendTheWindowAndRetryAfterAgreesWithTheDetail() {
    try (SegmentsEmulator emulator = start(SegmentsEmulator.builder().rateLimit(2, minute()))) {
      ApiClient api = new ApiClient(emulator);
      assertThat(statusesAt(api, 0, 1)).containsExactly("200", "200");
      assertThat(statusesAt(api, 30, 58.5, 59.5)).containsExactly("429 30", "429 2", "429 1");
      assertThat(statusesAt(api, 60, 61, 61)).containsExactly("200", "200", "429 59");
    }
  }

  @Test
  void eachUserHasALogOfItsOwn() {
    try (SegmentsEmulator emulator =
        start(SegmentsEmulator.builder().user("ci", "ci-key").rateLimit(1, minute()))) {
      ApiClient demo = new ApiClient(emulator);
      assertThat(statusesAt(demo, 0, 10)).containsExactly("200", "429 50");
      assertThat(statusesAt(demo.as("ci-key"), 10, 20)).containsExactly("200", "429 50");
      demo.as("unknown-key").get("/user").expect(401);
    }
  }

  @Test
  void aScopeLimitsOneOperationWithALogOfItsOwnAndEveryThrottleLogsWhatItAccepts() {
    try (SegmentsEmulator emulator =
        start(
            SegmentsEmulator.builder()
                .rateLimit(3, minute())
                .rateLimitScope("getUser", 1, Duration.ofSeconds(10)))) {
      ApiClient api = new ApiClient(emulator);
      // The scope refuses the second getUser; the limit per user still logs it, as DRF does.
      assertThat(statusesAt(api, 0, 1)).containsExactly("200", "429 9");
      api.get("/user/datasets/").expect(200);
      assertThat(RateLimitScript.retryAfter(api.get("/user/datasets/").expect(429)))
          .isEqualTo("59");
      // Both refuse: the longer wait is answered.
      assertThat(statusesAt(api, 5)).containsExactly("429 55");
    }
  }

  @Test
  void anUnknownScopeOperationIsRefused() {
    try (SegmentsEmulator emulator = start(SegmentsEmulator.builder())) {
      assertThatThrownBy(() -> emulator.rateLimitScope("getUsers", 1, minute()))
          .hasMessage("No operation named getUsers");
    }
    SegmentsEmulator.Builder unknown =
        SegmentsEmulator.builder().rateLimitScope("nope", 1, minute());
    assertThatThrownBy(() -> start(unknown)).hasMessage("No operation named nope");
  }

  @Test
  void eachModelIsPickedThroughTheBuilder() {
    assertThat(RateLimitScript.run(SegmentsEmulator.builder().rateLimit(2, minute())))
        .isEqualTo(RateLimitScript.DRF);
    assertThat(
            RateLimitScript.run(
                SegmentsEmulator.builder().rateLimit(RateLimitModel.DRF, 2, minute())))
        .isEqualTo(RateLimitScript.DRF);
    assertThat(
            RateLimitScript.run(
                SegmentsEmulator.builder().rateLimit(RateLimitModel.FIXED_WINDOW, 2, minute())))
        .isEqualTo(RateLimitScript.FIXED_WINDOW);
    assertThat(
            RateLimitScript.run(
                SegmentsEmulator.builder().rateLimit(RateLimitModel.TOKEN_BUCKET, 2, minute())))
        .isEqualTo(RateLimitScript.TOKEN_BUCKET);
    assertThat(RateLimitScript.run(SegmentsEmulator.builder().tokenBucketRateLimit(2, minute(), 2)))
        .isEqualTo(RateLimitScript.TOKEN_BUCKET);
  }

  @Test
  void eachModelIsPickedOnARunningEmulator() {
    try (SegmentsEmulator emulator = start(SegmentsEmulator.builder())) {
      ApiClient api = new ApiClient(emulator);
      emulator.rateLimit(RateLimitModel.FIXED_WINDOW, 1, minute());
      assertThat(statusesAt(api, 0, 0, 0)).containsExactly("200", "429 60", "429 60");
      emulator.rateLimit(1, minute());
      assertThat(statusesAt(api, 0, 0)).containsExactly("200", "429 60");
      emulator.disableRateLimit();
      assertThat(statusesAt(api, 0)).containsExactly("200");
    }
  }

  @Test
  void rejectsImpossibleLimits() {
    SegmentsEmulator.Builder builder = SegmentsEmulator.builder();
    assertThatThrownBy(() -> builder.rateLimit(0, minute()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.rateLimit(RateLimitModel.FIXED_WINDOW, 1, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.tokenBucketRateLimit(1, minute(), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.rateLimitScope("getUser", 1, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.rateLimit(null, 1, minute()))
        .isInstanceOf(NullPointerException.class);
  }

  private SegmentsEmulator start(SegmentsEmulator.Builder builder) {
    return builder.nanoTime(this.nanos::get).build().start();
  }

  /** Sends {@code GET /user} at each moment: the status, and the Retry-After seconds of a 429. */
  private List<String> statusesAt(ApiClient api, double... seconds) {
    return Arrays.stream(seconds)
        .mapToObj(
            second -> {
              this.nanos.set(Math.round(second * Duration.ofSeconds(1).toNanos()));
              return RateLimitScript.answer(api.get("/user"));
            })
        .toList();
  }

  private static Duration minute() {
    return Duration.ofMinutes(1);
  }
}
