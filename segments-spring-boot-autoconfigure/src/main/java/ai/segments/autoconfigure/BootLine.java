package ai.segments.autoconfigure;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.ssl.SslBundle;

/**
 * What this artifact knows of the Spring Boot line it is built for, Boot 4 (4.0 and 4.1): the
 * line's starter, and the names and types of Boot's own parts that Boot 4 moved or renamed. The
 * shared auto-configuration reads them from here, so that its source is the same on both lines.
 * Internal: not an API for applications.
 */
public final class BootLine {

  /** The Boot versions this artifact runs on: a version prefix. */
  public static final String VERSIONS = "4.";

  /** How users name the supported versions. */
  public static final String VERSIONS_NAME = "Spring Boot 4";

  /** This line's starter. */
  public static final String STARTER = "segments-spring-boot-starter";

  /** The other line's starter, for the versions this one does not run on. */
  public static final String OTHER_STARTER = "segments-spring-boot3-starter";

  /** Boot's RestClient auto-configuration (module {@code spring-boot-restclient}). */
  public static final String REST_CLIENT_AUTO_CONFIGURATION =
      "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration";

  /** Boot's HTTP client auto-configuration (module {@code spring-boot-http-client}). */
  public static final String HTTP_CLIENT_AUTO_CONFIGURATION =
      "org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration";

  /** Boot's HTTP client settings auto-configuration (module {@code spring-boot-http-client}). */
  public static final String HTTP_CLIENT_SETTINGS_AUTO_CONFIGURATION =
      "org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration";

  /** Boot's observation auto-configuration (module {@code spring-boot-micrometer-observation}). */
  public static final String OBSERVATION_AUTO_CONFIGURATION =
      "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration";

  /** Boot's meter registry auto-configuration (module {@code spring-boot-micrometer-metrics}). */
  public static final String METER_REGISTRY_AUTO_CONFIGURATION =
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration";

  /** Boot's health indicator type (module {@code spring-boot-health}). */
  public static final String HEALTH_INDICATOR =
      "org.springframework.boot.health.contributor.HealthIndicator";

  private BootLine() {}

  /**
   * The SSL bundle of Boot's HTTP client settings ({@code spring.http.clients.ssl.bundle}), if any.
   *
   * @param beans where Boot's HTTP client settings are, if anywhere
   * @return the bundle, or {@code null}
   */
  public static SslBundle httpClientSslBundle(BeanFactory beans) {
    HttpClientSettings bootSettings = beans.getBeanProvider(HttpClientSettings.class).getIfUnique();
    return (bootSettings != null) ? bootSettings.sslBundle() : null;
  }
}
