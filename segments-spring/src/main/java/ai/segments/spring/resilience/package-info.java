/**
 * Overload protection for {@code SegmentsClient}, without Spring Boot: an adaptive rate limiter per
 * API key ({@link ai.segments.spring.resilience.SegmentsRateLimiter}), a retry budget ({@link
 * ai.segments.spring.resilience.RetryBudget}) and a circuit breaker ({@link
 * ai.segments.spring.resilience.SegmentsCircuitBreaker}), each applied through a {@link
 * ai.segments.client.call.SegmentsCallInterceptor} or a Spring Retry policy, and their metrics
 * ({@link ai.segments.spring.resilience.ResilienceMetrics}).
 */
package ai.segments.spring.resilience;
