package ai.segments.spring.resilience;

import java.util.concurrent.TimeUnit;

/** The time the rate limiter measures and waits on; a seam so that tests run on a fake clock. */
public interface ResilienceClock {

  /** The system's monotonic clock, sleeping on the calling thread. */
  ResilienceClock SYSTEM =
      new ResilienceClock() {
        @Override
        public long nanoTime() {
          return System.nanoTime();
        }

        @Override
        public void sleep(long nanos) throws InterruptedException {
          TimeUnit.NANOSECONDS.sleep(nanos);
        }
      };

  /**
   * The current value of a monotonic clock.
   *
   * @return nanoseconds from an arbitrary origin
   */
  long nanoTime();

  /**
   * Waits.
   *
   * @param nanos how long, positive
   * @throws InterruptedException when the thread is interrupted while waiting
   */
  void sleep(long nanos) throws InterruptedException;
}
