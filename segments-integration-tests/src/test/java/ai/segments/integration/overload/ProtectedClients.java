package ai.segments.integration.overload;

import ai.segments.client.SegmentsClient;
import ai.segments.client.call.SegmentsCallInterceptor;
import ai.segments.emulator.SegmentsEmulator;
import ai.segments.spring.resilience.RetryBudget;
import ai.segments.spring.retry.SegmentsRetryInterceptor;
import ai.segments.spring.retry.SegmentsRetryListener;
import ai.segments.spring.retry.SegmentsRetrySettings;
import ai.segments.spring.retry.SegmentsRetryTemplates;
import ai.segments.spring.retry.SpringRetrySegmentsRetryOperations;
import java.time.Duration;

/**
 * Clients of the overload tests, put together as the auto-configuration does: the retry interceptor
 * (short back-offs, really waited, {@code Retry-After} honoured up to 5 s) outermost, then the
 * given overload-protection interceptors, once per attempt.
 */
public final class ProtectedClients {

  private ProtectedClients() {}

  /**
   * A client against the emulator.
   *
   * @param emulator the emulator
   * @param budget the retry budget, or {@code null} for none
   * @param protection the interceptors inside the retry, e.g. the breaker and the rate limiter
   * @return the client
   */
  static SegmentsClient client(
      SegmentsEmulator emulator, RetryBudget budget, SegmentsCallInterceptor... protection) {
    return builder(emulator, budget, protection).build();
  }

  /**
   * A builder of such a client, for tests that add settings of their own.
   *
   * @param emulator the emulator
   * @param budget the retry budget, or {@code null} for none
   * @param protection the interceptors inside the retry, e.g. the breaker and the rate limiter
   * @return the builder
   */
  public static SegmentsClient.Builder builder(
      SegmentsEmulator emulator, RetryBudget budget, SegmentsCallInterceptor... protection) {
    SegmentsRetrySettings defaults = SegmentsRetrySettings.DEFAULTS;
    SegmentsRetrySettings retry =
        new SegmentsRetrySettings(
            defaults.maxAttempts(),
            Duration.ofMillis(20),
            defaults.multiplier(),
            Duration.ofSeconds(5));
    SegmentsClient.Builder builder =
        SegmentsClient.builder()
            .apiKey(emulator.apiKey())
            .apiUrl(emulator.baseUrl())
            .readTimeout(Duration.ofSeconds(10))
            .interceptor(
                new SegmentsRetryInterceptor(
                    new SpringRetrySegmentsRetryOperations(
                        SegmentsRetryTemplates.create(retry, budget)),
                    SegmentsRetryListener.NONE));
    for (SegmentsCallInterceptor interceptor : protection) {
      builder.interceptor(interceptor);
    }
    return builder;
  }
}
