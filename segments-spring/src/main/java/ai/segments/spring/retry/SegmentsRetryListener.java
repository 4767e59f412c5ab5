package ai.segments.spring.retry;

import ai.segments.client.call.SegmentsCall;

/** Told about every retry, e.g. to count it. */
@FunctionalInterface
public interface SegmentsRetryListener {

  /** A listener that does nothing. */
  SegmentsRetryListener NONE = (retry, reason) -> {};

  /**
   * Called before a retry is sent.
   *
   * @param retry the call at the attempt about to be sent (2 or more)
   * @param reason why the previous attempt is retried
   */
  void onRetry(SegmentsCall retry, RetryReason reason);
}
