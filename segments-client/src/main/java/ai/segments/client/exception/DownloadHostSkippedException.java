package ai.segments.client.exception;

import java.time.Instant;

/**
 * A download was not attempted because its host (not the API's own origin) failed recently: it
 * refused or timed out a connection, or failed too many downloads in a row. Thrown at once, without
 * sending anything, until the host's cool-down ends; never retried.
 */
public class DownloadHostSkippedException extends NetworkException {

  private static final long serialVersionUID = 1L;

  private final String host;
  private final Instant retryAt;

  /**
   * Creates the exception.
   *
   * @param operation the operation that was skipped
   * @param host the skipped host, as {@code host:port}
   * @param retryAt when the host will be tried again
   * @param cause the failure that marked the host down, or {@code null}
   */
  public DownloadHostSkippedException(
      String operation, String host, Instant retryAt, Throwable cause) {
    super(
        operation
            + " skipped: the download host "
            + host
            + " failed recently"
            + ((cause != null) ? " (" + cause.getMessage() + ")" : "")
            + " and is not tried again before "
            + retryAt,
        cause,
        SegmentsErrorDetails.beforeRequest(operation));
    this.host = host;
    this.retryAt = retryAt;
  }

  /**
   * The skipped host.
   *
   * @return {@code host:port}
   */
  public String host() {
    return this.host;
  }

  /**
   * When the host will be tried again.
   *
   * @return the end of the host's cool-down
   */
  public Instant retryAt() {
    return this.retryAt;
  }
}
