package ai.segments.spring.resilience;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link ResilienceClock} that stands still; sleeping moves it forward and is recorded. */
final class FakeTime implements ResilienceClock {

  private final boolean sleepingMovesTime;
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private long now = 1_000_000_000_000L;

  /** A clock that moves forward as long as the callers sleep. */
  FakeTime() {
    this(true);
  }

  /**
   * A clock that only moves when told to, if {@code sleepingMovesTime} is {@code false}: as if many
   * callers had booked permits at the same moment.
   */
  FakeTime(boolean sleepingMovesTime) {
    this.sleepingMovesTime = sleepingMovesTime;
  }

  @Override
  public synchronized long nanoTime() {
    return this.now;
  }

  @Override
  public synchronized void sleep(long nanos) {
    this.sleeps.add(Duration.ofNanos(nanos));
    if (this.sleepingMovesTime) {
      this.now += nanos;
    }
  }

  synchronized void advance(Duration duration) {
    this.now += duration.toNanos();
  }

  List<Duration> sleeps() {
    return List.copyOf(this.sleeps);
  }
}
