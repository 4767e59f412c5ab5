package ai.segments.spring.support;

import ai.segments.spring.resilience.SegmentsClock;
import ai.segments.testfixtures.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link SegmentsClock} on a {@link MutableClock}: it stands still until a test moves it, and
 * sleeping records the wait and moves the clock forward instead of blocking.
 */
public final class FakeSegmentsClock extends SegmentsClock {

  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private final MutableClock wall;
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private boolean interrupting;

  /** A clock standing at 2026-01-01T00:00:00Z. */
  public FakeSegmentsClock() {
    this(new MutableClock(START));
  }

  private FakeSegmentsClock(MutableClock wall) {
    super(wall);
    this.wall = wall;
  }

  /**
   * Makes every later {@link #sleep(Duration)} throw {@link InterruptedException}, as if the thread
   * were interrupted while waiting.
   *
   * @return this clock
   */
  public synchronized FakeSegmentsClock interruptingSleeps() {
    this.interrupting = true;
    return this;
  }

  /**
   * Moves the clock forward.
   *
   * @param duration how far
   */
  public synchronized void advance(Duration duration) {
    this.wall.advance(duration);
  }

  /**
   * The waits asked for, in order.
   *
   * @return the waits
   */
  public List<Duration> sleeps() {
    return List.copyOf(this.sleeps);
  }

  @Override
  public synchronized long nanoTime() {
    return Duration.between(Instant.EPOCH, this.wall.instant()).toNanos();
  }

  @Override
  public synchronized void sleep(Duration duration) throws InterruptedException {
    if (this.interrupting) {
      throw new InterruptedException("interrupted by the test");
    }
    this.sleeps.add(duration);
    this.wall.advance(duration);
  }

  @Override
  public synchronized Instant instant() {
    return this.wall.instant();
  }
}
