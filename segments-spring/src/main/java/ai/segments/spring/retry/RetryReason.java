package ai.segments.spring.retry;

import ai.segments.client.exception.ApiLimitException;
import ai.segments.client.exception.SegmentsException;

/**
 * Why a call was retried: the {@code reason} tag of the {@code segments.client.retries} counter.
 */
public enum RetryReason {
  /** HTTP 429 or the API's {@code throttled} detail. */
  THROTTLED("throttled"),
  /** HTTP 502, 503 or 504. */
  SERVER_ERROR("server_error"),
  /** No usable response: connect failure, reset, read timeout or an unreadable success body. */
  IO_ERROR("io_error");

  private final String tagValue;

  RetryReason(String tagValue) {
    this.tagValue = tagValue;
  }

  /**
   * The metric tag value.
   *
   * @return e.g. {@code server_error}
   */
  public String tagValue() {
    return this.tagValue;
  }

  /**
   * The reason a failure would be retried for.
   *
   * @param failure the failure of the previous attempt
   * @return the reason
   */
  public static RetryReason of(Throwable failure) {
    if (failure instanceof ApiLimitException) {
      return THROTTLED;
    }
    if (failure instanceof SegmentsException ex && ex.statusCode().orElse(0) >= 500) {
      return SERVER_ERROR;
    }
    return IO_ERROR;
  }
}
