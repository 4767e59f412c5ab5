package ai.segments.autoconfigure.support;

/**
 * Boot 4's names of what the shared tests need of Boot itself; {@link BootTypes} turns them into
 * auto-configurations, beans and calls.
 */
public final class BootLineNames {

  /** Chooses Boot's HTTP client for RestClient builders. */
  public static final String HTTP_CLIENT_FACTORY_PROPERTY =
      "spring.http.clients.imperative.factory";

  /** Boot's SSL bundle for HTTP clients. */
  public static final String HTTP_CLIENT_SSL_BUNDLE_PROPERTY = "spring.http.clients.ssl.bundle";

  /** Boot's auto-configurations that RestClient builders need, in order. */
  public static final String[] REST_CLIENT_AUTO_CONFIGURATIONS = {
    "org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration",
    "org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration",
    "org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration",
    "org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration"
  };

  /** Boot's HTTP client auto-configurations. */
  public static final String[] HTTP_CLIENT_AUTO_CONFIGURATIONS = {
    "org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration",
    "org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration"
  };

  /** Boot's health contributor, registry and endpoint auto-configurations. */
  public static final String[] HEALTH_AUTO_CONFIGURATIONS = {
    "org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration",
    "org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration",
    "org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration"
  };

  /** Observation and metrics, exported to a simple registry. */
  public static final String[] METRICS_AUTO_CONFIGURATIONS = {
    "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"
  };

  /** Spring MVC with JSON. */
  public static final String[] WEB_MVC_AUTO_CONFIGURATIONS = {
    "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
    "org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration",
    "org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration",
    "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration"
  };

  /** Boot's health endpoint. */
  public static final String HEALTH_ENDPOINT =
      "org.springframework.boot.health.actuate.endpoint.HealthEndpoint";

  /** Boot's health indicator type. */
  public static final String HEALTH_INDICATOR =
      "org.springframework.boot.health.contributor.HealthIndicator";

  /** Boot's health type. */
  public static final String HEALTH = "org.springframework.boot.health.contributor.Health";

  /** Boot's RestClient customizer type. */
  public static final String REST_CLIENT_CUSTOMIZER =
      "org.springframework.boot.restclient.RestClientCustomizer";

  private BootLineNames() {}
}
