package ai.segments.spring.retry;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link Sleeper} that records the waits instead of sleeping. */
public final class RecordingSleeper implements Sleeper {

  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration duration) {
    this.sleeps.add(duration);
  }

  /**
   * The recorded waits, in order.
   *
   * @return the waits
   */
  public List<Duration> sleeps() {
    return List.copyOf(this.sleeps);
  }
}
