package ai.segments.client.call;

/**
 * One attempt of a logical client call, as seen by {@link SegmentsCallInterceptor}s.
 *
 * @param operation the operation being called
 * @param attempt the attempt number, starting at 1; attempts after the first carry the {@value
 *     #RETRY_COUNT_HEADER} header
 */
public record SegmentsCall(SegmentsOperation operation, int attempt) {

  /** The request header that tells the server how many times a request was retried. */
  public static final String RETRY_COUNT_HEADER = "X-Segments-Retry-Count";

  /**
   * The first attempt of a call.
   *
   * @param operation the operation
   * @return the call
   */
  public static SegmentsCall first(SegmentsOperation operation) {
    return new SegmentsCall(operation, 1);
  }

  /**
   * The same call at another attempt number.
   *
   * @param attempt the attempt number, starting at 1
   * @return the call for that attempt
   */
  public SegmentsCall withAttempt(int attempt) {
    return new SegmentsCall(this.operation, attempt);
  }
}
