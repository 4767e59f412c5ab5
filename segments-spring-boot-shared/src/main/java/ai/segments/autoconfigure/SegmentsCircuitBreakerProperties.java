package ai.segments.autoconfigure;

import ai.segments.spring.resilience.CircuitBreakerSettings;
import java.time.Duration;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The circuit breaker ({@code segments.circuit-breaker.*}): after consecutive attempts without a
 * response or with a 5xx answer, calls fail fast for a cool-down, then a few probes decide whether
 * to close again. Its defaults are {@link CircuitBreakerSettings#DEFAULTS}.
 */
@ConfigurationProperties("segments.circuit-breaker")
public class SegmentsCircuitBreakerProperties implements InitializingBean {

  /** Whether calls fail fast while the Segments API is out. */
  private boolean enabled = true;

  /** Consecutive failed attempts (no response or a 5xx answer) that open the breaker. */
  private int failureThreshold = CircuitBreakerSettings.DEFAULTS.failureThreshold();

  /** How long an open breaker fails calls fast before it lets probes through. */
  private Duration coolDown = CircuitBreakerSettings.DEFAULTS.coolDown();

  /** Probe calls let through after the cool-down; the breaker closes unless all of them fail. */
  private int probes = CircuitBreakerSettings.DEFAULTS.probes();

  /** Creates the properties with their defaults. */
  public SegmentsCircuitBreakerProperties() {}

  /**
   * Whether the breaker is on.
   *
   * @return {@code true} when on
   */
  public boolean isEnabled() {
    return this.enabled;
  }

  /**
   * Turns the breaker on or off.
   *
   * @param enabled {@code true} to fail fast during outages
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * The consecutive failures that open the breaker.
   *
   * @return at least 1
   */
  public int getFailureThreshold() {
    return this.failureThreshold;
  }

  /**
   * Sets the consecutive failures that open the breaker.
   *
   * @param failureThreshold at least 1
   */
  public void setFailureThreshold(int failureThreshold) {
    this.failureThreshold = failureThreshold;
  }

  /**
   * The cool-down of an open breaker.
   *
   * @return a positive duration
   */
  public Duration getCoolDown() {
    return this.coolDown;
  }

  /**
   * Sets the cool-down of an open breaker.
   *
   * @param coolDown a positive duration
   */
  public void setCoolDown(Duration coolDown) {
    this.coolDown = coolDown;
  }

  /**
   * The probe calls of a half-open breaker.
   *
   * @return at least 1
   */
  public int getProbes() {
    return this.probes;
  }

  /**
   * Sets the probe calls of a half-open breaker.
   *
   * @param probes at least 1
   */
  public void setProbes(int probes) {
    this.probes = probes;
  }

  /**
   * Checks the bound values.
   *
   * @throws SegmentsConfigurationException naming the first property with an invalid value
   */
  @Override
  public void afterPropertiesSet() {
    atLeastOne("segments.circuit-breaker.failure-threshold", this.failureThreshold, "5");
    atLeastOne("segments.circuit-breaker.probes", this.probes, "3");
    if (this.coolDown == null || this.coolDown.isNegative() || this.coolDown.isZero()) {
      throw SegmentsConfigurationException.invalidProperty(
          "segments.circuit-breaker.cool-down",
          "must be a positive duration",
          "Set 'segments.circuit-breaker.cool-down' to a value like 2s");
    }
  }

  private static void atLeastOne(String property, int value, String example) {
    if (value < 1) {
      throw SegmentsConfigurationException.invalidProperty(
          property, "must be at least 1", "Set '" + property + "' to a value like " + example);
    }
  }
}
