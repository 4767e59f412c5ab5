package ai.segments.benchmarks;

import ai.segments.client.SegmentsClient;
import ai.segments.client.call.SegmentsCall;
import ai.segments.client.call.SegmentsCallInterceptor;
import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.call.SegmentsResponse;
import ai.segments.spring.resilience.CircuitBreakerInterceptor;
import ai.segments.spring.resilience.CircuitBreakerSettings;
import ai.segments.spring.resilience.RateLimitInterceptor;
import ai.segments.spring.resilience.RateLimitSettings;
import ai.segments.spring.resilience.ResilienceEvents;
import ai.segments.spring.resilience.RetryBudget;
import ai.segments.spring.resilience.SegmentsCircuitBreaker;
import ai.segments.spring.resilience.SegmentsClock;
import ai.segments.spring.resilience.SegmentsRateLimiter;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the overload protection costs a single instance whose calls are never throttled: small
 * {@code getDataset} calls against the loopback server, single-threaded, by an application instance
 * with the default settings and by one with the protection off, back to back per round.
 */
final class ProtectionCost {

  static final String PROTECTED = "defaults";
  static final String UNPROTECTED = "protection off";

  /** The interleaved rounds of {@link #ratio()}. */
  static final int ROUNDS = 9;

  private ProtectionCost() {}

  /**
   * Measures.
   *
   * @return the median over the rounds of calls/s with the protection over calls/s without
   */
  static double ratio() {
    try (LoopbackServer server = HttpBenchmark.server();
        ApplicationInstances on =
            new ApplicationInstances(1, server.baseUrl(), Benchmarks.API_KEY, Map.of());
        ApplicationInstances off =
            new ApplicationInstances(
                1, server.baseUrl(), Benchmarks.API_KEY, ProtectionSetting.OFF.properties())) {
      List<HttpLoop> loops =
          List.of(loop(PROTECTED, on.clients().get(0)), loop(UNPROTECTED, off.clients().get(0)));
      HttpBenchmark.Result result =
          HttpBenchmark.run(
              List.of(HttpScenario.GET_DATASET),
              loops,
              Duration.ofSeconds(2),
              ROUNDS,
              Duration.ofMillis(500));
      return result.medianRatio(HttpScenario.GET_DATASET, PROTECTED, UNPROTECTED);
    }
  }

  /**
   * The time the protection's interceptors add to a call in process, without I/O: the breaker
   * closed, the adaptive rate limit not limiting, the budget full — what a never-throttled instance
   * pays on every call.
   *
   * @return nanoseconds per call, the best of 5 one-second rounds
   */
  static double nanosPerCall() {
    SegmentsCircuitBreaker breaker =
        new SegmentsCircuitBreaker(
            CircuitBreakerSettings.DEFAULTS, SegmentsClock.system(), ResilienceEvents.NONE);
    SegmentsRateLimiter limiter =
        new SegmentsRateLimiter(
            RateLimitSettings.adaptive(Duration.ofSeconds(30)),
            SegmentsClock.system(),
            ResilienceEvents.NONE);
    RetryBudget budget =
        new RetryBudget(
            RetryBudget.DEFAULT_RATIO, RetryBudget.DEFAULT_CAPACITY, ResilienceEvents.NONE);
    SegmentsCallInterceptor breakerInterceptor = new CircuitBreakerInterceptor(breaker);
    SegmentsCallInterceptor limiterInterceptor = new RateLimitInterceptor(limiter);
    SegmentsCall call = SegmentsCall.first(SegmentsOperation.GET_DATASET, "0123456789abcdef");
    SegmentsResponse<Object> ok = new SegmentsResponse<>(200, "dataset");
    SegmentsCallInterceptor.Chain<Object> attempt =
        next -> limiterInterceptor.intercept(next, last -> ok);
    java.util.function.Supplier<Object> protectedCall =
        () -> {
          SegmentsResponse<Object> response = breakerInterceptor.intercept(call, attempt);
          budget.succeeded();
          return response;
        };
    Throughput.perSecond(protectedCall, Duration.ofSeconds(1));
    double best = 0;
    for (int round = 0; round < 5; round++) {
      best = Math.max(best, Throughput.perSecond(protectedCall, Duration.ofSeconds(1)));
    }
    return 1e9 / best;
  }

  private static HttpLoop loop(String name, SegmentsClient client) {
    return new HttpLoop() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Object call(HttpScenario scenario) {
        return client.getDataset(HttpScenario.DATASET);
      }
    };
  }
}
