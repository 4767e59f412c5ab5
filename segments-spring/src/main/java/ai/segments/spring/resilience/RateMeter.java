package ai.segments.spring.resilience;

import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Measures the rate of events (requests sent, answers accepted) over windows of about a second,
 * without locks: when the API throttles, the adaptive rate limiter learns from these rates where
 * the API's limit (or the client's share of it) is.
 */
final class RateMeter {

  private static final long WINDOW_NANOS = 1_000_000_000L;
  private static final long SHORTEST_NANOS = WINDOW_NANOS / 2;

  /** A window: when it started, the count then, and the rate of the window before. */
  private record Window(long start, long countAtStart, double previousRate) {}

  private final LongAdder count = new LongAdder();
  private final AtomicReference<Window> window;

  RateMeter(long now) {
    this.window = new AtomicReference<>(new Window(now, 0, 0));
  }

  /**
   * Counts an event.
   *
   * @param now the time
   */
  void record(long now) {
    this.count.increment();
    Window current = this.window.get();
    if (now - current.start() >= WINDOW_NANOS) {
      long sum = this.count.sum();
      this.window.compareAndSet(current, new Window(now, sum, rate(current, now, sum)));
    }
  }

  /**
   * The rate: of the current window once it is half full; before, the higher of the previous
   * window's and the current one's so far (so that a burst after a quiet time counts as a burst).
   *
   * @param now the time
   * @return events per second
   */
  double perSecond(long now) {
    Window current = this.window.get();
    double rate = rate(current, now, this.count.sum());
    return (now - current.start() < WINDOW_NANOS / 2)
        ? Math.max(current.previousRate(), rate)
        : rate;
  }

  private static double rate(Window window, long now, long count) {
    long elapsed = Math.max(SHORTEST_NANOS, now - window.start());
    return (count - window.countAtStart()) * 1e9 / elapsed;
  }
}
