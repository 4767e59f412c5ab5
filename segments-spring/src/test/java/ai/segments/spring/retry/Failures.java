package ai.segments.spring.retry;

import ai.segments.client.exception.ApiLimitException;
import ai.segments.client.exception.NetworkException;
import ai.segments.client.exception.SegmentsErrorDetails;
import ai.segments.client.exception.SegmentsException;
import ai.segments.client.exception.SegmentsTimeoutException;
import java.time.Duration;

/** Exceptions as the client raises them, for unit tests. */
final class Failures {

  private Failures() {}

  static SegmentsException status(int status) {
    return new NetworkException(
        "HTTP " + status, null, SegmentsErrorDetails.response("op", status, null, null));
  }

  static SegmentsException throttled(Duration retryAfter) {
    return new ApiLimitException(
        "throttled", null, SegmentsErrorDetails.response("op", 429, null, retryAfter));
  }

  static SegmentsException gatewayTimeout() {
    return new SegmentsTimeoutException(
        "HTTP 504", null, SegmentsErrorDetails.response("op", 504, null, null));
  }

  static SegmentsException readTimeout() {
    return new SegmentsTimeoutException("timed out", null, SegmentsErrorDetails.transport("op"));
  }

  static SegmentsException connectFailure() {
    return new NetworkException("refused", null, SegmentsErrorDetails.transport("op"));
  }
}
