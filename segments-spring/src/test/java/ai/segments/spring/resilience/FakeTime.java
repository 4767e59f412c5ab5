package ai.segments.spring.resilience;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link ResilienceClock} that stands still; sleeping moves it forward and is recorded. */
final class FakeTime implements ResilienceClock {

  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private long now = 1_000_000_000_000L;

  @Override
  public synchronized long nanoTime() {
    return this.now;
  }

  @Override
  public synchronized void sleep(long nanos) {
    this.sleeps.add(Duration.ofNanos(nanos));
    this.now += nanos;
  }

  synchronized void advance(Duration duration) {
    this.now += duration.toNanos();
  }

  List<Duration> sleeps() {
    return List.copyOf(this.sleeps);
  }
}
