package ai.segments.spring.health;

import ai.segments.client.ApiStatus;
import ai.segments.client.SegmentsClient;
import ai.segments.client.exception.ApiLimitException;
import ai.segments.client.exception.SegmentsException;
import ai.segments.spring.resilience.CircuitBreakerSnapshot;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Checks the Segments API through {@code api_status} and caches the answer briefly, so that
 * frequent probes don't hammer the API. Each Spring Boot line adapts the {@link SegmentsHealth} it
 * returns to its own health types.
 *
 * <ul>
 *   <li>OUT_OF_SERVICE with {@code apiUrl} and the breaker's details (reason, since, retryAt) while
 *       the client's circuit breaker is open, without calling the API;
 *   <li>UP with {@code apiUrl} and {@code latencyMs};
 *   <li>UP with {@code upgradeRecommended=true} on HTTP 426 (the library still works);
 *   <li>UNKNOWN with {@code reason=throttled} on HTTP 429;
 *   <li>DOWN with the {@code error} type (and {@code status}, if any) when the API is unreachable,
 *       rejects the key or fails.
 * </ul>
 *
 * <p>With a circuit breaker, every answer also carries its state ({@code circuitBreaker}).
 *
 * <p>Details never hold the API key or the API's error text. Use it in the readiness group at most,
 * never in liveness: an outage of the Segments API is no reason to restart the application.
 */
public class SegmentsHealthCheck {

  private final SegmentsClient client;
  private final Duration cacheTtl;
  private final Clock clock;
  private final Supplier<CircuitBreakerSnapshot> breaker;
  private Cached cached;

  /**
   * Creates the check.
   *
   * @param client a client with a short read timeout and without retries
   * @param cacheTtl how long an answer is reused
   * @param clock measures latency and the age of the cached answer
   */
  public SegmentsHealthCheck(SegmentsClient client, Duration cacheTtl, Clock clock) {
    this(client, cacheTtl, clock, null);
  }

  /**
   * Creates the check of a client with a circuit breaker.
   *
   * @param client a client with a short read timeout and without retries
   * @param cacheTtl how long an answer is reused
   * @param clock measures latency and the age of the cached answer
   * @param breaker the state of the application client's circuit breaker, or {@code null}
   */
  public SegmentsHealthCheck(
      SegmentsClient client,
      Duration cacheTtl,
      Clock clock,
      Supplier<CircuitBreakerSnapshot> breaker) {
    this.client = client;
    this.cacheTtl = cacheTtl;
    this.clock = clock;
    this.breaker = breaker;
  }

  /**
   * The API's health: the cached answer while it is fresh, else a new check.
   *
   * @return the health
   */
  public SegmentsHealth check() {
    if (this.breaker == null) {
      return cachedApiHealth();
    }
    CircuitBreakerSnapshot snapshot = this.breaker.get();
    if (snapshot.isOpen()) {
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("apiUrl", this.client.baseUrl());
      details.putAll(snapshot.healthDetails());
      return new SegmentsHealth(SegmentsHealth.State.OUT_OF_SERVICE, details);
    }
    SegmentsHealth api = cachedApiHealth();
    Map<String, Object> details = new LinkedHashMap<>(api.details());
    details.putAll(snapshot.healthDetails());
    return new SegmentsHealth(api.state(), details);
  }

  private synchronized SegmentsHealth cachedApiHealth() {
    Instant now = this.clock.instant();
    if (this.cached == null || !now.isBefore(this.cached.checkedAt().plus(this.cacheTtl))) {
      this.cached = new Cached(callApi(), now);
    }
    return this.cached.health();
  }

  private SegmentsHealth callApi() {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("apiUrl", this.client.baseUrl());
    long start = this.clock.millis();
    try {
      ApiStatus status = this.client.checkApiStatus();
      details.put("latencyMs", this.clock.millis() - start);
      if (status.upgradeRecommended()) {
        details.put("upgradeRecommended", true);
      }
      return new SegmentsHealth(SegmentsHealth.State.UP, details);
    } catch (ApiLimitException ex) {
      details.put("reason", "throttled");
      return new SegmentsHealth(SegmentsHealth.State.UNKNOWN, details);
    } catch (SegmentsException ex) {
      details.put("error", ex.getClass().getSimpleName());
      ex.statusCode().ifPresent(status -> details.put("status", status));
      return new SegmentsHealth(SegmentsHealth.State.DOWN, details);
    } catch (RuntimeException ex) {
      details.put("error", ex.getClass().getSimpleName());
      return new SegmentsHealth(SegmentsHealth.State.DOWN, details);
    }
  }

  /** An answer and when it was obtained. */
  private record Cached(SegmentsHealth health, Instant checkedAt) {}
}
