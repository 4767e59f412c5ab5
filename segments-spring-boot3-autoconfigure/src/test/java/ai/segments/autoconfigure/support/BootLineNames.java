package ai.segments.autoconfigure.support;

/**
 * Boot 3.5's names of what the shared tests need of Boot itself; {@link BootTypes} turns them into
 * auto-configurations, beans and calls.
 */
public final class BootLineNames {

  /** Chooses Boot's HTTP client for RestClient builders. */
  public static final String HTTP_CLIENT_FACTORY_PROPERTY = "spring.http.client.factory";

  /** Boot's SSL bundle for HTTP clients. */
  public static final String HTTP_CLIENT_SSL_BUNDLE_PROPERTY = "spring.http.client.ssl.bundle";

  /** Boot's auto-configurations that RestClient builders need, in order. */
  public static final String[] REST_CLIENT_AUTO_CONFIGURATIONS = {
    "org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration",
    "org.springframework.boot.autoconfigure.http.client.HttpClientAutoConfiguration",
    "org.springframework.boot.autoconfigure.web.client.RestClientAutoConfiguration"
  };

  /** Boot's HTTP client auto-configurations. */
  public static final String[] HTTP_CLIENT_AUTO_CONFIGURATIONS = {
    "org.springframework.boot.autoconfigure.http.client.HttpClientAutoConfiguration"
  };

  /** Actuator's health contributor and endpoint auto-configurations. */
  public static final String[] HEALTH_AUTO_CONFIGURATIONS = {
    "org.springframework.boot.actuate.autoconfigure.health.HealthContributorAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.health.HealthEndpointAutoConfiguration"
  };

  /** Observation and metrics, exported to a simple registry. */
  public static final String[] METRICS_AUTO_CONFIGURATIONS = {
    "org.springframework.boot.actuate.autoconfigure.observation.ObservationAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.MetricsAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration",
    "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration"
  };

  /** Spring MVC with JSON. */
  public static final String[] WEB_MVC_AUTO_CONFIGURATIONS = {
    "org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration",
    "org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration",
    "org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration",
    "org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration"
  };

  /** Actuator's health endpoint. */
  public static final String HEALTH_ENDPOINT =
      "org.springframework.boot.actuate.health.HealthEndpoint";

  /** Actuator's health indicator type. */
  public static final String HEALTH_INDICATOR =
      "org.springframework.boot.actuate.health.HealthIndicator";

  /** Actuator's health type. */
  public static final String HEALTH = "org.springframework.boot.actuate.health.Health";

  /** Boot's RestClient customizer type. */
  public static final String REST_CLIENT_CUSTOMIZER =
      "org.springframework.boot.web.client.RestClientCustomizer";

  private BootLineNames() {}
}
