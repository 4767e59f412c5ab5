package ai.segments.integration.overload;

import ai.segments.spring.resilience.SegmentsClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.PriorityQueue;

/**
 * Simulated time shared by a group of threads (its actors) and an emulator's rate limit: it stands
 * still while any actor works (an HTTP exchange takes no simulated time) and, once every actor
 * waits in {@link #sleep(Duration)}, jumps to the earliest wake-up. So a run of simulated seconds
 * has the same course on a busy machine as on an idle one, and takes only the time its work does.
 *
 * <p>Every thread that sleeps on this clock must be an actor: counted by {@link #enter()} before it
 * starts and by {@link #leave()} when it ends; a thread that blocks on anything else for long stops
 * the time.
 */
final class VirtualTime extends SegmentsClock {

  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private final PriorityQueue<Long> wakeUps = new PriorityQueue<>();
  private long now;
  private int working;

  VirtualTime() {
    super(Clock.systemUTC());
  }

  /** Counts one more working actor: call it before the actor's thread starts. */
  synchronized void enter() {
    this.working++;
  }

  /** Counts an actor out: call it when the actor's thread ends, whatever way it ends. */
  synchronized void leave() {
    this.working--;
    advanceIfAllWait();
  }

  @Override
  public synchronized long nanoTime() {
    return this.now;
  }

  @Override
  public synchronized Instant instant() {
    return START.plusNanos(this.now);
  }

  @Override
  public synchronized void sleep(Duration duration) throws InterruptedException {
    long wakeUp = this.now + duration.toNanos();
    if (wakeUp <= this.now) {
      return;
    }
    this.wakeUps.add(wakeUp);
    this.working--;
    advanceIfAllWait();
    try {
      while (this.now < wakeUp) {
        wait();
      }
    } catch (InterruptedException ex) {
      if (this.now < wakeUp) {
        this.wakeUps.remove(wakeUp);
        this.working++;
      }
      throw ex;
    }
  }

  /** Moves to the earliest wake-up once nobody works, counting its sleepers as working again. */
  private void advanceIfAllWait() {
    if (this.working > 0 || this.wakeUps.isEmpty()) {
      return;
    }
    this.now = this.wakeUps.peek();
    while (!this.wakeUps.isEmpty() && this.wakeUps.peek() <= this.now) {
      this.wakeUps.poll();
      this.working++;
    }
    notifyAll();
  }
}
