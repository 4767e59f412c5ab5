package ai.segments.client.release;

import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.exception.SegmentsErrorDetails;
import ai.segments.client.exception.SegmentsException;

/** A release ended {@code FAILED}: its file will never exist. The message carries the reason. */
public class ReleaseFailedException extends SegmentsException {

  private static final long serialVersionUID = 1L;

  private final String reason;

  /**
   * Creates the exception.
   *
   * @param message the message, naming the release and the reason
   * @param reason the server's reason, or {@code null} when it gave none
   */
  public ReleaseFailedException(String message, String reason) {
    super(
        message,
        null,
        SegmentsErrorDetails.beforeRequest(SegmentsOperation.RELEASE_DATASET.operationName()));
    this.reason = reason;
  }

  /**
   * The server's reason for the failure.
   *
   * @return the reason, or {@code null} when the server gave none
   */
  public String reason() {
    return this.reason;
  }
}
