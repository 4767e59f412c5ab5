package ai.segments.autoconfigure.health;

import ai.segments.client.ApiStatus;
import ai.segments.client.SegmentsClient;
import ai.segments.client.exception.ApiLimitException;
import ai.segments.client.exception.SegmentsException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;

/**
 * The {@code segments} health component: calls {@code api_status} and caches the answer briefly, so
 * that frequent probes don't hammer the API.
 *
 * <ul>
 *   <li>UP with {@code apiUrl} and {@code latencyMs};
 *   <li>UP with {@code upgradeRecommended=true} on HTTP 426 (the library still works);
 *   <li>UNKNOWN with {@code reason=throttled} on HTTP 429;
 *   <li>DOWN with the {@code error} type (and {@code status}, if any) when the API is unreachable,
 *       rejects the key or fails.
 * </ul>
 *
 * <p>Details never hold the API key or the API's error text. Use it in the readiness group at most,
 * never in liveness: an outage of the Segments API is no reason to restart the application.
 */
public class SegmentsHealthIndicator implements HealthIndicator {

  private final SegmentsClient client;
  private final Duration cacheTtl;
  private final Clock clock;
  private Cached cached;

  /**
   * Creates the indicator.
   *
   * @param client a client with a short read timeout and without retries
   * @param cacheTtl how long an answer is reused
   * @param clock measures latency and the age of the cached answer
   */
  public SegmentsHealthIndicator(SegmentsClient client, Duration cacheTtl, Clock clock) {
    this.client = client;
    this.cacheTtl = cacheTtl;
    this.clock = clock;
  }

  @Override
  public synchronized Health health() {
    Instant now = this.clock.instant();
    if (this.cached == null || !now.isBefore(this.cached.checkedAt().plus(this.cacheTtl))) {
      this.cached = new Cached(check(), now);
    }
    return this.cached.health();
  }

  private Health check() {
    Health.Builder builder = new Health.Builder().withDetail("apiUrl", this.client.baseUrl());
    long start = this.clock.millis();
    try {
      ApiStatus status = this.client.checkApiStatus();
      builder.up().withDetail("latencyMs", this.clock.millis() - start);
      if (status.upgradeRecommended()) {
        builder.withDetail("upgradeRecommended", true);
      }
    } catch (ApiLimitException ex) {
      builder.unknown().withDetail("reason", "throttled");
    } catch (SegmentsException ex) {
      builder.down().withDetail("error", ex.getClass().getSimpleName());
      ex.statusCode().ifPresent(status -> builder.withDetail("status", status));
    } catch (RuntimeException ex) {
      builder.down().withDetail("error", ex.getClass().getSimpleName());
    }
    return builder.build();
  }

  /** An answer and when it was obtained. */
  private record Cached(Health health, Instant checkedAt) {}
}
