package ai.segments.spring.retry;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waits between attempts; a seam so that tests record back-offs instead of sleeping. */
@FunctionalInterface
public interface Sleeper {

  /** Sleeps on the calling thread. */
  Sleeper THREAD = duration -> TimeUnit.NANOSECONDS.sleep(duration.toNanos());

  /**
   * Waits.
   *
   * @param duration how long, never negative
   * @throws InterruptedException when the thread is interrupted while waiting
   */
  void sleep(Duration duration) throws InterruptedException;
}
