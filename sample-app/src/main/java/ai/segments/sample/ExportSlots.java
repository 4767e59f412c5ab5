package ai.segments.sample;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.stereotype.Component;

/**
 * Bounds the exports running at once ({@code sample.export.max-concurrent}). A request that finds
 * every slot taken is answered at once with a 429 problem and {@code Retry-After} ({@code
 * sample.export.retry-after}); it never queues.
 */
@Component
public class ExportSlots {

  private final Semaphore slots;
  private final int maxConcurrent;
  private final long retryAfterSeconds;

  /**
   * Creates the slots.
   *
   * @param properties the export limits
   */
  public ExportSlots(SampleProperties properties) {
    this.maxConcurrent = properties.export().maxConcurrent();
    this.retryAfterSeconds = properties.export().retryAfterSeconds();
    this.slots = new Semaphore(this.maxConcurrent);
  }

  /**
   * Takes a slot without waiting.
   *
   * @return the slot; close it to give it back
   * @throws org.springframework.web.ErrorResponseException (429) if every slot is taken
   */
  public Slot acquire() {
    if (!this.slots.tryAcquire()) {
      throw SampleProblems.exportsBusy(this.maxConcurrent, this.retryAfterSeconds);
    }
    return new Slot(this.slots);
  }

  /**
   * How many exports could start now.
   *
   * @return the free slots
   */
  public int available() {
    return this.slots.availablePermits();
  }

  /** One taken slot; closing it (once or more) gives it back. */
  public static final class Slot implements AutoCloseable {

    private final Semaphore slots;
    private final AtomicBoolean released = new AtomicBoolean();

    private Slot(Semaphore slots) {
      this.slots = slots;
    }

    /** Gives the slot back; later calls do nothing. */
    @Override
    public void close() {
      if (this.released.compareAndSet(false, true)) {
        this.slots.release();
      }
    }
  }
}
