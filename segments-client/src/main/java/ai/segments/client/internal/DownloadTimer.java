package ai.segments.client.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Bounds one download attempt in time, the same way on every transport: it fails when no byte
 * arrived for the read timeout, or when it is still running at its deadline. A watchdog thread
 * aborts the response body then, so that a thread blocked in a read is released at once; until the
 * response arrives, the transport's own timeout (set to the read timeout) applies.
 */
final class DownloadTimer implements AutoCloseable {

  private static final ScheduledExecutorService WATCHDOG = watchdog();

  /** Aborts a response body being read by another thread. */
  @FunctionalInterface
  interface BodyAborter {
    void abort(InputStream body) throws IOException;
  }

  private final long readTimeoutNanos;
  private final Duration readTimeout;
  private final Duration deadline;
  private final long deadlineAt;
  private volatile long lastProgress;
  private volatile String expiry;
  private volatile boolean deadlinePassed;
  private boolean closed;
  private InputStream body;
  private BodyAborter aborter;
  private ScheduledFuture<?> check;

  private DownloadTimer(Duration readTimeout, Duration deadline) {
    long now = System.nanoTime();
    this.readTimeout = readTimeout;
    this.readTimeoutNanos = readTimeout.toNanos();
    this.deadline = deadline;
    this.deadlineAt = (deadline == null) ? 0 : now + deadline.toNanos();
    this.lastProgress = now;
  }

  /**
   * Starts timing an attempt.
   *
   * @param readTimeout the longest wait for a byte
   * @param deadline the longest the whole attempt may take, or {@code null} for no limit
   * @return the running timer; close it when the attempt ends
   */
  static DownloadTimer start(Duration readTimeout, Duration deadline) {
    DownloadTimer timer = new DownloadTimer(readTimeout, deadline);
    synchronized (timer) {
      timer.schedule(timer.lastProgress);
    }
    return timer;
  }

  /**
   * Watches a response body: every byte read counts as progress, and the body is aborted when the
   * timer expires.
   *
   * @param in the response body
   * @param bodyAborter aborts it from another thread
   * @return the body to read instead
   * @throws IOException when the timer already expired
   */
  InputStream watch(InputStream in, BodyAborter bodyAborter) throws IOException {
    synchronized (this) {
      this.body = in;
      this.aborter = bodyAborter;
    }
    failIfExpired();
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int value = super.read();
        progressed();
        return value;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        progressed();
        return count;
      }
    };
  }

  /**
   * Why the timer expired, if it did.
   *
   * @return a sentence naming the limit that was reached, or {@code null}
   */
  String expiry() {
    return this.expiry;
  }

  /**
   * Why the attempt timed out: the expiry, or else the read timeout (the transport's own timeout,
   * which is the same, fired first).
   *
   * @return a sentence naming the limit that was reached
   */
  String reason() {
    String reason = this.expiry;
    return (reason != null) ? reason : readTimeoutReason();
  }

  private String readTimeoutReason() {
    return "no byte arrived for the read timeout of " + this.readTimeout;
  }

  /**
   * Whether the deadline (rather than the read timeout) ended the attempt.
   *
   * @return {@code true} once the deadline passed while the attempt ran
   */
  boolean deadlinePassed() {
    return this.deadlinePassed;
  }

  @Override
  public synchronized void close() {
    this.closed = true;
    this.check.cancel(false);
    this.body = null;
  }

  private void progressed() throws IOException {
    this.lastProgress = System.nanoTime();
    failIfExpired();
  }

  private void failIfExpired() throws IOException {
    if (this.expiry != null) {
      throw new InterruptedIOException(this.expiry);
    }
  }

  private void schedule(long from) {
    long now = System.nanoTime();
    long delay = from + this.readTimeoutNanos - now;
    if (this.deadline != null) {
      delay = Math.min(delay, this.deadlineAt - now);
    }
    this.check = WATCHDOG.schedule(this::checkNow, Math.max(0, delay), TimeUnit.NANOSECONDS);
  }

  private synchronized void checkNow() {
    long now = System.nanoTime();
    if (this.closed) {
      return;
    }
    if (this.deadline != null && this.deadlineAt - now <= 0) {
      this.deadlinePassed = true;
      expire("the download did not finish within its deadline of " + this.deadline);
    } else if (now - this.lastProgress >= this.readTimeoutNanos) {
      expire(readTimeoutReason());
    } else {
      schedule(this.lastProgress);
    }
  }

  private void expire(String reason) {
    this.expiry = reason;
    if (this.body != null) {
      try {
        this.aborter.abort(this.body);
      } catch (IOException | RuntimeException ex) {
        // The reading thread fails either way: its next read sees the expiry.
      }
    }
  }

  private static ScheduledExecutorService watchdog() {
    ScheduledThreadPoolExecutor executor =
        new ScheduledThreadPoolExecutor(
            1,
            task -> {
              Thread thread = new Thread(task, "segments-download-watchdog");
              thread.setDaemon(true);
              return thread;
            });
    executor.setRemoveOnCancelPolicy(true);
    return executor;
  }
}
