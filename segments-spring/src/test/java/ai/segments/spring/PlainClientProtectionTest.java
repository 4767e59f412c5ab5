package ai.segments.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.SegmentsClient;
import ai.segments.client.exception.SegmentsException;
import ai.segments.spring.resilience.CircuitBreakerInterceptor;
import ai.segments.spring.resilience.CircuitBreakerSettings;
import ai.segments.spring.resilience.RateLimitInterceptor;
import ai.segments.spring.resilience.RateLimitSettings;
import ai.segments.spring.resilience.ResilienceEvents;
import ai.segments.spring.resilience.RetryBudget;
import ai.segments.spring.resilience.SegmentsCircuitBreaker;
import ai.segments.spring.resilience.SegmentsClock;
import ai.segments.spring.resilience.SegmentsRateLimiter;
import ai.segments.spring.retry.SegmentsRetryInterceptor;
import ai.segments.spring.retry.SegmentsRetryListener;
import ai.segments.spring.retry.SegmentsRetrySettings;
import ai.segments.spring.retry.SegmentsRetryTemplates;
import ai.segments.spring.retry.SpringRetrySegmentsRetryOperations;
import ai.segments.spring.retry.ThrottledRetryWait;
import ai.segments.spring.support.LoopbackServers;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A plain {@code SegmentsClient.builder()} client sends every call once; the recipe of the docs
 * (retry, circuit breaker and rate limiter of this module, added as interceptors, in the starter's
 * order) gives it the starter's protection without Spring Boot.
 */
class PlainClientProtectionTest {

  /** The recipe's retry settings with waits short enough for a test. */
  private static final SegmentsRetrySettings FAST =
      new SegmentsRetrySettings(4, Duration.ofMillis(1), 2.0, Duration.ofMillis(5));

  @Test
  void aPlainClientSendsACallOnce() {
    try (LoopbackServers.Server server = LoopbackServers.always503();
        SegmentsClient client =
            SegmentsClient.builder().apiKey("key").apiUrl(server.url("/").toString()).build()) {

      assertThatThrownBy(client::getUser)
          .isInstanceOf(SegmentsException.class)
          .satisfies(ex -> assertThat(((SegmentsException) ex).statusCode()).hasValue(503));
      assertThat(server.hits()).isEqualTo(1);
    }
  }

  @Test
  void theRecipeRetriesThroughTheBreakerAndTheRateLimiter() {
    try (LoopbackServers.Server server = LoopbackServers.always503();
        SegmentsClient client = protectedClient(server.url("/").toString())) {

      assertThatThrownBy(client::getUser).isInstanceOf(SegmentsException.class);
      assertThat(server.hits()).isEqualTo(FAST.maxAttempts());
    }
  }

  /**
   * The recipe of the docs, with {@link #FAST} instead of {@code SegmentsRetrySettings.DEFAULTS}.
   */
  private static SegmentsClient protectedClient(String apiUrl) {
    SegmentsClock clock = SegmentsClock.system();
    RetryBudget budget =
        new RetryBudget(
            RetryBudget.DEFAULT_RATIO, RetryBudget.DEFAULT_CAPACITY, ResilienceEvents.NONE);
    SegmentsRateLimiter limiter =
        new SegmentsRateLimiter(
            RateLimitSettings.adaptive(FAST.maxInterval()), clock, ResilienceEvents.NONE);
    return SegmentsClient.builder()
        .apiKey("key")
        .apiUrl(apiUrl)
        .interceptor(
            new SegmentsRetryInterceptor(
                new SpringRetrySegmentsRetryOperations(
                    SegmentsRetryTemplates.create(
                        FAST, budget, ThrottledRetryWait.pacedBy(limiter))),
                SegmentsRetryListener.NONE))
        .interceptor(
            new CircuitBreakerInterceptor(
                new SegmentsCircuitBreaker(
                    CircuitBreakerSettings.DEFAULTS, clock, ResilienceEvents.NONE)))
        .interceptor(new RateLimitInterceptor(limiter))
        .build();
  }
}
