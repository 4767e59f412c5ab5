package ai.segments.client.export;

import java.util.concurrent.CancellationException;

/**
 * How many bitmap pixels the read-ahead of an export may decode and hold beyond the sample being
 * written: a fetch reserves its bitmap's pixels (known from the header) before decoding it and
 * waits while the budget is spent, so that a few huge bitmaps are decoded one after the other while
 * small ones overlap. The fetch of the sample the export is writing (the head) never waits, so the
 * export always moves on, whatever the bitmaps' sizes.
 */
final class PixelBudget {

  private final long pixels;
  private long reserved;
  private Object head;

  /**
   * Creates the budget.
   *
   * @param pixels how many pixels the fetches ahead of the head may reserve, at least 1
   */
  PixelBudget(long pixels) {
    if (pixels < 1) {
      throw new IllegalArgumentException("The pixel budget must be at least 1: " + pixels);
    }
    this.pixels = pixels;
  }

  /**
   * Reserves the pixels of a sample's bitmap, waiting while the budget is spent unless the sample
   * is the head.
   *
   * @param holder the sample's fetch, which {@link #release} later
   * @param bitmapPixels the bitmap's width × height
   * @throws CancellationException if the holder was released meanwhile or the thread is interrupted
   *     (its interrupt status kept)
   */
  synchronized void reserve(Holder holder, long bitmapPixels) {
    try {
      while (holder != this.head
          && !holder.released
          && this.reserved > 0
          && this.reserved + bitmapPixels > this.pixels) {
        wait();
      }
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new CancellationException("Interrupted while waiting for memory to decode a bitmap");
    }
    if (holder.released) {
      throw new CancellationException("The bitmap is no longer needed");
    }
    holder.pixels += bitmapPixels;
    this.reserved += bitmapPixels;
  }

  /**
   * Makes a sample's fetch the head, which never waits.
   *
   * @param holder the fetch of the sample being written
   */
  synchronized void head(Holder holder) {
    this.head = holder;
    notifyAll();
  }

  /**
   * Gives back what a sample's fetch reserved; it reserves nothing more.
   *
   * @param holder the fetch
   */
  synchronized void release(Holder holder) {
    holder.released = true;
    this.reserved -= holder.pixels;
    holder.pixels = 0;
    notifyAll();
  }

  /**
   * The pixels reserved now.
   *
   * @return the sum over the fetches not yet released
   */
  synchronized long reserved() {
    return this.reserved;
  }

  /** What one sample's fetch has reserved; guarded by its budget. */
  static final class Holder {
    private long pixels;
    private boolean released;
  }
}
