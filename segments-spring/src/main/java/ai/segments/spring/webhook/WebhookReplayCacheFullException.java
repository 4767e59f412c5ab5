package ai.segments.spring.webhook;

import java.time.Duration;

/**
 * A new webhook message cannot be accepted because the {@link WebhookReplayCache} is full of
 * message ids that could still verify: forgetting one of them would let its message be replayed.
 * The sender should retry after {@link #retryAfter()}, when the earliest remembered id expires.
 */
public class WebhookReplayCacheFullException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  /**
   * Creates the exception.
   *
   * @param capacity the cache's capacity
   * @param retryAfter how long until a remembered id expires, positive
   */
  public WebhookReplayCacheFullException(int capacity, Duration retryAfter) {
    super(
        "The webhook replay cache holds its maximum of "
            + capacity
            + " message ids; retry in "
            + retryAfter.toSeconds()
            + " s.");
    this.retryAfter = retryAfter;
  }

  /**
   * How long until the cache can accept a new message id.
   *
   * @return the wait, positive and in whole seconds
   */
  public Duration retryAfter() {
    return retryAfter;
  }
}
