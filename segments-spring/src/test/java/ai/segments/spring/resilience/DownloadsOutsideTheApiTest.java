package ai.segments.spring.resilience;

import static ai.segments.spring.resilience.Attempts.call;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.call.SegmentsCall;
import ai.segments.client.call.SegmentsCallInterceptor;
import ai.segments.client.call.SegmentsResponse;
import ai.segments.client.exception.SegmentsException;
import ai.segments.spring.support.FakeSegmentsClock;
import ai.segments.testfixtures.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.retry.RetryContext;
import org.springframework.retry.context.RetryContextSupport;
import org.springframework.retry.policy.SimpleRetryPolicy;

/**
 * Calls to other hosts than the API's ({@link SegmentsCall#targetsApi()} false: downloads from
 * storage or image hosts) pass by the breaker, the rate limiter and the retry budget.
 */
class DownloadsOutsideTheApiTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final SegmentsCircuitBreaker breaker =
      new SegmentsCircuitBreaker(
          new CircuitBreakerSettings(2, Duration.ofSeconds(10), 1),
          this.clock,
          ResilienceEvents.NONE);
  private final AtomicInteger sent = new AtomicInteger();

  private static SegmentsCall outside() {
    return call("k").withTargetsApi(false);
  }

  private SegmentsCallInterceptor.Chain<String> failing(SegmentsException failure) {
    return attempt -> {
      this.sent.incrementAndGet();
      throw failure;
    };
  }

  @Test
  void failuresOutsideTheApiNeverOpenTheBreaker() {
    CircuitBreakerInterceptor interceptor = new CircuitBreakerInterceptor(this.breaker);

    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(
              () -> interceptor.intercept(outside(), failing(Attempts.connectionRefused())))
          .isInstanceOf(SegmentsException.class);
    }

    assertThat(this.breaker.snapshot().state()).isEqualTo(CircuitState.CLOSED);
    assertThat(this.sent).hasValue(5);
  }

  @Test
  void anOpenBreakerLetsDownloadsFromOtherHostsThrough() {
    CircuitBreakerInterceptor interceptor = new CircuitBreakerInterceptor(this.breaker);
    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> interceptor.intercept(call("k"), failing(Attempts.status(503))))
          .isInstanceOf(SegmentsException.class);
    }
    assertThat(this.breaker.snapshot().state()).isEqualTo(CircuitState.OPEN);

    SegmentsResponse<String> response =
        interceptor.intercept(outside(), attempt -> new SegmentsResponse<>(200, "file"));

    assertThat(response.body()).isEqualTo("file");
    assertThat(this.breaker.snapshot().state()).isEqualTo(CircuitState.OPEN);
  }

  @Test
  void throttlingOutsideTheApiNeitherWaitsForNorSlowsTheRateLimiter() {
    FakeSegmentsClock time = new FakeSegmentsClock();
    SegmentsRateLimiter limiter =
        new SegmentsRateLimiter(
            RateLimitSettings.adaptive(Duration.ofSeconds(30)), time, ResilienceEvents.NONE);
    RateLimitInterceptor interceptor = new RateLimitInterceptor(limiter);

    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> interceptor.intercept(outside(), failing(Attempts.throttled())))
          .isInstanceOf(SegmentsException.class);
    }

    assertThat(limiter.permittedRate()).isNaN();
    assertThat(time.sleeps()).isEmpty();
    assertThat(this.sent).hasValue(5);
  }

  @Test
  void retriesOutsideTheApiAreFreeAndSuccessesDoNotRefillTheBudget() {
    RetryBudget budget = new RetryBudget(0.5, 1, ResilienceEvents.NONE);
    RetryBudgetPolicy policy = new RetryBudgetPolicy(new SimpleRetryPolicy(10), budget);
    RetryContext context = policy.open(null);
    context.setAttribute(RetryBudgetPolicy.OUTSIDE_API_ATTRIBUTE, true);

    for (int i = 0; i < 5; i++) {
      policy.registerThrowable(context, Attempts.status(503));
    }

    assertThat(policy.canRetry(context)).isTrue();
    assertThat(budget.available()).isEqualTo(1.0);
    RetryContext apiCall = new RetryContextSupport(null);
    new RetryBudgetRefill(budget).onSuccess(context, ctx -> null, null);
    assertThat(budget.tryRetry()).isTrue();
    assertThat(budget.tryRetry()).isFalse();
    new RetryBudgetRefill(budget).onSuccess(context, ctx -> null, null);
    new RetryBudgetRefill(budget).onSuccess(context, ctx -> null, null);
    assertThat(budget.tryRetry()).isFalse();
    new RetryBudgetRefill(budget).onSuccess(apiCall, ctx -> null, null);
    new RetryBudgetRefill(budget).onSuccess(apiCall, ctx -> null, null);
    assertThat(budget.tryRetry()).isTrue();
  }
}
