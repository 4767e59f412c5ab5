package ai.segments.client.call;

/**
 * One attempt of a logical client call, as seen by {@link SegmentsCallInterceptor}s.
 *
 * @param operation the operation being called
 * @param attempt the attempt number, starting at 1; attempts after the first carry the {@value
 *     #RETRY_COUNT_HEADER} header
 * @param apiKeyId tells the API keys of calls apart without revealing them: the same short hash for
 *     the same key (derived clients with the same key share it), empty when unknown; never the key
 */
public record SegmentsCall(SegmentsOperation operation, int attempt, String apiKeyId) {

  /** The request header that tells the server how many times a request was retried. */
  public static final String RETRY_COUNT_HEADER = "X-Segments-Retry-Count";

  /**
   * The first attempt of a call whose API key is unknown.
   *
   * @param operation the operation
   * @return the call
   */
  public static SegmentsCall first(SegmentsOperation operation) {
    return first(operation, "");
  }

  /**
   * The first attempt of a call.
   *
   * @param operation the operation
   * @param apiKeyId the hash that identifies the call's API key
   * @return the call
   */
  public static SegmentsCall first(SegmentsOperation operation, String apiKeyId) {
    return new SegmentsCall(operation, 1, apiKeyId);
  }

  /**
   * The same call at another attempt number.
   *
   * @param attempt the attempt number, starting at 1
   * @return the call for that attempt
   */
  public SegmentsCall withAttempt(int attempt) {
    return new SegmentsCall(this.operation, attempt, this.apiKeyId);
  }
}
