package ai.segments.spring.resilience;

import ai.segments.client.call.SegmentsCall;
import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.exception.ApiLimitException;
import ai.segments.client.exception.NetworkException;
import ai.segments.client.exception.SegmentsErrorDetails;
import ai.segments.client.exception.SegmentsException;
import java.time.Duration;

/** Calls and the failures their attempts end in, for the unit tests. */
final class Attempts {

  private Attempts() {}

  static SegmentsCall call(String apiKeyId) {
    return SegmentsCall.first(SegmentsOperation.GET_DATASET, apiKeyId);
  }

  static SegmentsException status(int status) {
    return new NetworkException(
        "HTTP " + status, null, SegmentsErrorDetails.response("getDataset", status, null, null));
  }

  static SegmentsException throttled() {
    return new ApiLimitException(
        "throttled",
        null,
        SegmentsErrorDetails.response("getDataset", 429, null, Duration.ofSeconds(1)));
  }

  static SegmentsException connectionRefused() {
    return new NetworkException(
        "connection refused", null, SegmentsErrorDetails.transport("getDataset"));
  }
}
