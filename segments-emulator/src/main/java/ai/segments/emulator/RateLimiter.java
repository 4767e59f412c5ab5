package ai.segments.emulator;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * A fixed-window rate limit per API key: at most {@code limit} requests per {@code window}; beyond
 * that 429 with the API's throttled detail and {@code Retry-After}.
 */
final class RateLimiter implements RequestLimit {

  private record Window(long start, int count) {}

  private final int limit;
  private final long windowNanos;
  private final Map<String, Window> windows = new HashMap<>();

  RateLimiter(int limit, Duration window) {
    if (limit < 1 || window.isZero() || window.isNegative()) {
      throw new IllegalArgumentException("rate limit needs requests >= 1 and a positive period");
    }
    this.limit = limit;
    this.windowNanos = window.toNanos();
  }

  /** Counts a request; returns 0 when allowed, else the seconds until the window resets. */
  @Override
  public synchronized long acquire(String key) {
    long now = System.nanoTime();
    Window window = windows.get(key);
    if (window == null || now - window.start() >= windowNanos) {
      window = new Window(now, 0);
    }
    window = new Window(window.start(), window.count() + 1);
    windows.put(key, window);
    if (window.count() <= limit) {
      return 0;
    }
    long waitNanos = window.start() + windowNanos - now;
    return Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
  }

  /** The API's 429 answer. */
  static ApiResponse throttled(long seconds) {
    return ApiResponse.json(
            429,
            Json.object()
                .put(
                    "detail",
                    "Request was throttled. Expected available in " + seconds + " seconds."))
        .header("Retry-After", Long.toString(seconds));
  }
}
