package ai.segments.emulator;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A fixed-window rate limit per user: at most {@code limit} requests per window, refused requests
 * counted too; the wait is the time until the window resets, rounded up to whole seconds.
 */
final class FixedWindowRateLimiter implements RequestLimit {

  private record Window(long start, int count) {}

  private final int limit;
  private final long windowNanos;
  private final LongSupplier nanoTime;
  private final Map<String, Window> windows = new HashMap<>();

  FixedWindowRateLimiter(int limit, Duration window, LongSupplier nanoTime) {
    this.limit = limit;
    this.windowNanos = window.toNanos();
    this.nanoTime = nanoTime;
  }

  @Override
  public synchronized long acquire(String key) {
    long now = this.nanoTime.getAsLong();
    Window window = this.windows.get(key);
    if (window == null || now - window.start() >= this.windowNanos) {
      window = new Window(now, 0);
    }
    window = new Window(window.start(), window.count() + 1);
    this.windows.put(key, window);
    if (window.count() <= this.limit) {
      return 0;
    }
    long waitNanos = window.start() + this.windowNanos - now;
    return Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
  }
}
