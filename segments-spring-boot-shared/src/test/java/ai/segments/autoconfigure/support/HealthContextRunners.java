package ai.segments.autoconfigure.support;

import ai.segments.autoconfigure.SegmentsAutoConfiguration;
import ai.segments.autoconfigure.health.SegmentsHealthContributorAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Context runners with the client and Actuator's health endpoint. */
public final class HealthContextRunners {

  private HealthContextRunners() {}

  /**
   * A runner with the Segments, health contributor and health endpoint auto-configurations, whose
   * client calls {@code apiUrl} with {@code apiKey}; the startup handshake is off, so that the
   * health checks are the only {@code api_status} requests.
   *
   * @param apiKey the value of {@code segments.api-key}
   * @param apiUrl the value of {@code segments.api-url}
   * @return the runner
   */
  public static ApplicationContextRunner withHealthEndpoint(String apiKey, String apiUrl) {
    return new ApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                SegmentsAutoConfiguration.class, SegmentsHealthContributorAutoConfiguration.class))
        .withConfiguration(BootTypes.autoConfigurations(BootLineNames.HEALTH_AUTO_CONFIGURATIONS))
        .withPropertyValues(
            "segments.api-key=" + apiKey,
            "segments.api-url=" + apiUrl,
            "segments.verify-on-startup=false");
  }
}
