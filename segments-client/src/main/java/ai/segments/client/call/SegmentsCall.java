package ai.segments.client.call;

/**
 * One attempt of a logical client call, as seen by {@link SegmentsCallInterceptor}s.
 *
 * @param operation the operation being called
 * @param attempt the attempt number, starting at 1; attempts after the first carry the {@value
 *     #RETRY_COUNT_HEADER} header
 * @param apiKeyId tells the API keys of calls apart without revealing them: the same short hash for
 *     the same key (derived clients with the same key share it), empty when unknown; never the key
 * @param targetsApi whether the call goes to the API's own origin (scheme, host and port of the
 *     base URL); {@code false} for a download from another host (a presigned storage URL, an image
 *     host), whose failures say nothing about the API: circuit breakers, rate limiters and retry
 *     budgets leave such calls alone
 */
public record SegmentsCall(
    SegmentsOperation operation, int attempt, String apiKeyId, boolean targetsApi) {

  /** The request header that tells the server how many times a request was retried. */
  public static final String RETRY_COUNT_HEADER = "X-Segments-Retry-Count";

  /**
   * An attempt of a call to the API's own origin.
   *
   * @param operation the operation being called
   * @param attempt the attempt number, starting at 1
   * @param apiKeyId the hash that identifies the call's API key, empty when unknown
   */
  public SegmentsCall(SegmentsOperation operation, int attempt, String apiKeyId) {
    this(operation, attempt, apiKeyId, true);
  }

  /**
   * The first attempt of a call to the API whose API key is unknown.
   *
   * @param operation the operation
   * @return the call
   */
  public static SegmentsCall first(SegmentsOperation operation) {
    return first(operation, "");
  }

  /**
   * The first attempt of a call to the API.
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
    return new SegmentsCall(this.operation, attempt, this.apiKeyId, this.targetsApi);
  }

  /**
   * The same call, to the API's own origin or to another host.
   *
   * @param apiOrigin whether the call goes to the API's own origin
   * @return the call with {@link #targetsApi()} set accordingly
   */
  public SegmentsCall withTargetsApi(boolean apiOrigin) {
    return new SegmentsCall(this.operation, this.attempt, this.apiKeyId, apiOrigin);
  }
}
