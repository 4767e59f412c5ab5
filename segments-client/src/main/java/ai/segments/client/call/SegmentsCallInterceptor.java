package ai.segments.client.call;

/**
 * Wraps every logical call of {@link ai.segments.client.SegmentsClient}: the seam for retries,
 * overload protection and observations, none of which a plain client has until one is added with
 * {@link ai.segments.client.SegmentsClient.Builder#interceptor(SegmentsCallInterceptor)}.
 *
 * <p>Interceptors are applied in the order they were registered, the first one outermost. An
 * interceptor may call {@link Chain#proceed(SegmentsCall)} several times (retries), each time with
 * the next {@link SegmentsCall#withAttempt(int) attempt number}. Failures surface as {@link
 * ai.segments.client.exception.SegmentsException}s.
 */
@FunctionalInterface
public interface SegmentsCallInterceptor {

  /**
   * Handles one logical call.
   *
   * @param call the call, at its first attempt
   * @param chain the rest of the chain, ending in the HTTP exchange
   * @param <T> the response body type
   * @return the response
   */
  <T> SegmentsResponse<T> intercept(SegmentsCall call, Chain<T> chain);

  /**
   * The rest of the interceptor chain.
   *
   * @param <T> the response body type
   */
  @FunctionalInterface
  interface Chain<T> {

    /**
     * Sends the call through the remaining interceptors and the HTTP exchange.
     *
     * @param call the call at its current attempt
     * @return the response
     */
    SegmentsResponse<T> proceed(SegmentsCall call);
  }
}
