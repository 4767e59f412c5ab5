package ai.segments.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Tells the rate-limit models apart over HTTP on a fake clock: an emulator limited to 2 requests a
 * minute gets {@code GET /user} at 0, 40, 50, 75 and 76.5 s.
 *
 * <ul>
 *   <li>{@link RateLimitModel#DRF}: {@code 200, 200, 429 10, 200, 429 24} (at 75 s the request of 0
 *       s has left the sliding log; at 76.5 s the oldest logged one, of 40 s, leaves in 23.5 s);
 *   <li>{@link RateLimitModel#FIXED_WINDOW}: {@code 200, 200, 429 10, 200, 200} (a new window opens
 *       at 75 s);
 *   <li>{@link RateLimitModel#TOKEN_BUCKET} (burst 2, a token per 30 s): {@code 200, 200, 200, 200,
 *       429 24}.
 * </ul>
 */
final class RateLimitScript {

  /** What {@link RateLimitModel#DRF} answers. */
  static final List<String> DRF = List.of("200", "200", "429 10", "200", "429 24");

  /** What {@link RateLimitModel#FIXED_WINDOW} answers. */
  static final List<String> FIXED_WINDOW = List.of("200", "200", "429 10", "200", "200");

  /** What {@link RateLimitModel#TOKEN_BUCKET} answers. */
  static final List<String> TOKEN_BUCKET = List.of("200", "200", "200", "200", "429 24");

  private static final long[] MOMENTS_MILLIS = {0, 40_000, 50_000, 75_000, 76_500};

  private RateLimitScript() {}

  /**
   * Starts the emulator on a fake clock and sends the script's requests.
   *
   * @param builder an emulator limited to 2 requests a minute per user, on port 0
   * @return each answer: its status, and for a 429 the {@code Retry-After} seconds
   */
  static List<String> run(SegmentsEmulator.Builder builder) {
    AtomicLong nanos = new AtomicLong(Long.MAX_VALUE - Duration.ofHours(1).toNanos());
    long start = nanos.get();
    List<String> answers = new ArrayList<>();
    try (SegmentsEmulator emulator = builder.nanoTime(nanos::get).build().start()) {
      ApiClient api = new ApiClient(emulator);
      for (long moment : MOMENTS_MILLIS) {
        nanos.set(start + Duration.ofMillis(moment).toNanos());
        answers.add(answer(api.get("/user")));
      }
    }
    return answers;
  }

  /** An answer in the script's words: the status, and for a 429 the Retry-After seconds. */
  static String answer(ApiClient.Reply reply) {
    return reply.status() == 429 ? "429 " + retryAfter(reply) : Integer.toString(reply.status());
  }

  /** The {@code Retry-After} seconds, checked against the detail's. */
  static String retryAfter(ApiClient.Reply throttled) {
    String seconds = throttled.header("Retry-After");
    String unit = seconds.equals("1") ? "second" : "seconds";
    assertThat(throttled.detail())
        .isEqualTo("Request was throttled. Expected available in " + seconds + " " + unit + ".");
    return seconds;
  }
}
