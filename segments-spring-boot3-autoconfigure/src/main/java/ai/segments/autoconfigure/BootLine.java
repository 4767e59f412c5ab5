package ai.segments.autoconfigure;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.http.client.ClientHttpRequestFactorySettings;
import org.springframework.boot.ssl.SslBundle;

/**
 * What this artifact knows of the Spring Boot line it is built for, Boot 3.5: the line's starter,
 * and the names and types of Boot's own parts that Boot 4 moved or renamed. The shared
 * auto-configuration reads them from here, so that its source is the same on both lines. Internal:
 * not an API for applications.
 */
public final class BootLine {

  /** The Boot versions this artifact runs on: a version prefix. */
  public static final String VERSIONS = "3.";

  /** How users name the supported versions. */
  public static final String VERSIONS_NAME = "Spring Boot 3.5";

  /** This line's starter. */
  public static final String STARTER = "segments-spring-boot3-starter";

  /** The other line's starter, for the versions this one does not run on. */
  public static final String OTHER_STARTER = "segments-spring-boot-starter";

  /** Boot's RestClient auto-configuration. */
  public static final String REST_CLIENT_AUTO_CONFIGURATION =
      "org.springframework.boot.autoconfigure.web.client.RestClientAutoConfiguration";

  /** Boot's HTTP client (request factory builder) auto-configuration. */
  public static final String HTTP_CLIENT_AUTO_CONFIGURATION =
      "org.springframework.boot.autoconfigure.http.client.HttpClientAutoConfiguration";

  /** Boot's HTTP client settings auto-configuration. */
  public static final String HTTP_CLIENT_SETTINGS_AUTO_CONFIGURATION =
      "org.springframework.boot.autoconfigure.http.client.HttpClientAutoConfiguration";

  /** Actuator's observation auto-configuration. */
  public static final String OBSERVATION_AUTO_CONFIGURATION =
      "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration";

  /** Actuator's meter registry auto-configuration. */
  public static final String METER_REGISTRY_AUTO_CONFIGURATION =
      "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration";

  /** Actuator's health indicator type. */
  public static final String HEALTH_INDICATOR =
      "org.springframework.boot.actuate.health.HealthIndicator";

  private BootLine() {}

  /**
   * The SSL bundle of Boot's HTTP client settings ({@code spring.http.client.ssl.bundle}), if any.
   *
   * @param beans where Boot's HTTP client settings are, if anywhere
   * @return the bundle, or {@code null}
   */
  public static SslBundle httpClientSslBundle(BeanFactory beans) {
    ClientHttpRequestFactorySettings bootSettings =
        beans.getBeanProvider(ClientHttpRequestFactorySettings.class).getIfUnique();
    return (bootSettings != null) ? bootSettings.sslBundle() : null;
  }
}
