package ai.segments.spring.resilience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * The one time seam of the library's retries and overload protection: a {@link Clock} (the wall
 * time, e.g. when a circuit breaker may close) that also reads a monotonic clock and waits. Parts
 * that only read the time take a plain {@link Clock}, so that any {@code SegmentsClock} (and any
 * fake {@code Clock}) serves them; parts that also wait or measure short intervals (the rate
 * limiter, the retry back-off) take a {@code SegmentsClock}. Tests extend it with a fake that
 * stands still and records its waits instead of sleeping.
 *
 * <p>Named for the library so that it does not shadow Spring Retry's own {@code Sleeper}.
 */
public abstract class SegmentsClock extends Clock {

  private static final SegmentsClock SYSTEM =
      new SegmentsClock(Clock.systemUTC()) {
        @Override
        public long nanoTime() {
          return System.nanoTime();
        }

        @Override
        public void sleep(Duration duration) throws InterruptedException {
          TimeUnit.NANOSECONDS.sleep(duration.toNanos());
        }
      };

  private final Clock wall;

  /**
   * Creates a clock on a wall clock.
   *
   * @param wall gives the instants and the zone
   */
  protected SegmentsClock(Clock wall) {
    this.wall = Objects.requireNonNull(wall, "wall");
  }

  /**
   * The system clock in UTC, measuring intervals with {@link System#nanoTime()} and sleeping on the
   * calling thread.
   *
   * @return the system clock
   */
  public static SegmentsClock system() {
    return SYSTEM;
  }

  /**
   * The current value of a monotonic clock, for intervals (the wall time can jump).
   *
   * @return nanoseconds from an arbitrary origin
   */
  public abstract long nanoTime();

  /**
   * Waits on the calling thread.
   *
   * @param duration how long; zero or negative returns at once
   * @throws InterruptedException when the thread is interrupted while waiting
   */
  public abstract void sleep(Duration duration) throws InterruptedException;

  @Override
  public Instant instant() {
    return this.wall.instant();
  }

  @Override
  public ZoneId getZone() {
    return this.wall.getZone();
  }

  @Override
  public SegmentsClock withZone(ZoneId zone) {
    if (zone.equals(getZone())) {
      return this;
    }
    SegmentsClock measuring = this;
    return new SegmentsClock(this.wall.withZone(zone)) {
      @Override
      public long nanoTime() {
        return measuring.nanoTime();
      }

      @Override
      public void sleep(Duration duration) throws InterruptedException {
        measuring.sleep(duration);
      }
    };
  }
}
