package ai.segments.client.internal;

import ai.segments.client.call.SegmentsResponse;
import java.util.function.Supplier;

/**
 * Runs each attempt of one logical call, innermost in the interceptor chain, and decides what a
 * failure whose outcome on the server is unknown means for that call: {@link CreateRecovery} for
 * creates, {@link DeleteRecovery} for deletes.
 *
 * @param <T> the response body type
 */
@FunctionalInterface
public interface CallRecovery<T> {

  /**
   * Runs one attempt.
   *
   * @param send sends the request once
   * @return the response of the attempt, or the one the recovery established
   * @throws ai.segments.client.exception.SegmentsException when the attempt fails
   */
  SegmentsResponse<T> attempt(Supplier<SegmentsResponse<T>> send);
}
