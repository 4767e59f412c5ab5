package ai.segments.integration.overload;

import ai.segments.client.SegmentsClient;
import ai.segments.client.call.SegmentsCallInterceptor;
import ai.segments.emulator.SegmentsEmulator;
import ai.segments.spring.resilience.RateLimitInterceptor;
import ai.segments.spring.resilience.RetryBudget;
import ai.segments.spring.resilience.SegmentsClock;
import ai.segments.spring.resilience.SegmentsRateLimiter;
import ai.segments.spring.retry.SegmentsRetryInterceptor;
import ai.segments.spring.retry.SegmentsRetryListener;
import ai.segments.spring.retry.SegmentsRetrySettings;
import ai.segments.spring.retry.SegmentsRetryTemplates;
import ai.segments.spring.retry.SpringRetrySegmentsRetryOperations;
import ai.segments.spring.retry.ThrottledRetryWait;
import java.time.Duration;
import java.util.Random;
import org.springframework.retry.support.RetryTemplate;

/**
 * Clients of the overload tests, put together as the auto-configuration does: the retry interceptor
 * (short back-offs, {@code Retry-After} honoured up to 5 s) outermost, then the given
 * overload-protection interceptors, once per attempt.
 */
public final class ProtectedClients {

  private static final SegmentsRetrySettings RETRY =
      new SegmentsRetrySettings(
          SegmentsRetrySettings.DEFAULTS.maxAttempts(),
          Duration.ofMillis(20),
          SegmentsRetrySettings.DEFAULTS.multiplier(),
          Duration.ofSeconds(5));

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
   * A client against the emulator paced by an adaptive rate limiter, as the auto-configuration
   * builds it: the retry leaves the wait before repeating a throttled attempt to the limiter
   * ({@link ThrottledRetryWait#pacedBy}), and both wait on the given clock, with a fixed jitter
   * sequence.
   *
   * @param emulator the emulator
   * @param limiter the rate limiter
   * @param clock the clock of the back-offs (and of the limiter)
   * @return the client
   */
  static SegmentsClient paced(
      SegmentsEmulator emulator, SegmentsRateLimiter limiter, SegmentsClock clock) {
    Random jitter = new Random(1);
    RetryTemplate retry =
        SegmentsRetryTemplates.create(
            RETRY, null, ThrottledRetryWait.pacedBy(limiter), clock, jitter::nextDouble);
    return builder(emulator, retry, new RateLimitInterceptor(limiter)).build();
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
    return builder(emulator, SegmentsRetryTemplates.create(RETRY, budget), protection);
  }

  private static SegmentsClient.Builder builder(
      SegmentsEmulator emulator, RetryTemplate retry, SegmentsCallInterceptor... protection) {
    SegmentsClient.Builder builder =
        SegmentsClient.builder()
            .apiKey(emulator.apiKey())
            .apiUrl(emulator.baseUrl())
            .readTimeout(Duration.ofSeconds(10))
            .interceptor(
                new SegmentsRetryInterceptor(
                    new SpringRetrySegmentsRetryOperations(retry), SegmentsRetryListener.NONE));
    for (SegmentsCallInterceptor interceptor : protection) {
      builder.interceptor(interceptor);
    }
    return builder;
  }
}
