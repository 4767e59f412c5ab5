package ai.segments.autoconfigure;

import ai.segments.client.SegmentsClient;
import ai.segments.client.http.SegmentsHttpTransport;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.StringUtils;
import org.springframework.web.client.RestClient;

/**
 * Auto-configures the {@link SegmentsClient} bean from {@link SegmentsProperties} (or a {@link
 * SegmentsConnectionDetails} bean), on a copy of the application's {@link RestClient.Builder}.
 *
 * <p>Every interceptor reaches the client through an ordered {@link SegmentsClientCustomizer}: the
 * starter's own ({@link SegmentsInterceptorConfiguration}) add, outermost first, the observation
 * interceptor (one {@code segments.client.requests} observation per logical call), the retry
 * interceptor (unless {@code segments.retry.enabled=false}), the circuit breaker and the rate
 * limiter; the application's customizers come after them.
 */
@AutoConfiguration(
    after = SslAutoConfiguration.class,
    afterName = {
      BootLine.REST_CLIENT_AUTO_CONFIGURATION,
      BootLine.HTTP_CLIENT_AUTO_CONFIGURATION,
      BootLine.HTTP_CLIENT_SETTINGS_AUTO_CONFIGURATION,
      BootLine.OBSERVATION_AUTO_CONFIGURATION,
      BootLine.METER_REGISTRY_AUTO_CONFIGURATION
    })
@ConditionalOnClass({SegmentsClient.class, RestClient.class})
@Conditional(OnSupportedBootVersionCondition.class)
@EnableConfigurationProperties({
  SegmentsProperties.class,
  SegmentsRetryProperties.class,
  SegmentsDownloadProperties.class
})
@Import({
  SegmentsRetryConfiguration.class,
  SegmentsObservationConfiguration.class,
  SegmentsStartupVerificationConfiguration.class,
  SegmentsResilienceConfiguration.class,
  SegmentsInterceptorConfiguration.class
})
public class SegmentsAutoConfiguration {

  /** Creates the configuration. */
  public SegmentsAutoConfiguration() {}

  /**
   * Connection details from {@code segments.api-url} and {@code segments.api-key}, unless another
   * bean (e.g. the emulator's) provides them.
   *
   * @param properties the properties
   * @return the connection details
   */
  @Bean
  @ConditionalOnMissingBean(SegmentsConnectionDetails.class)
  public PropertiesSegmentsConnectionDetails segmentsConnectionDetails(
      SegmentsProperties properties) {
    return new PropertiesSegmentsConnectionDetails(properties);
  }

  /**
   * The HTTP transport of the Segments clients: a connection pool of its own with {@code
   * segments.connect-timeout}, never retrying or following redirects by itself, on Apache
   * HttpClient 5 (the JDK client when Boot's HTTP client factory is {@code jdk} or Apache
   * HttpClient is absent) and with Boot's HTTP client SSL bundle.
   *
   * @param properties the properties
   * @param bootChoice Boot's request factory builder, if any
   * @param beanFactory holds Boot's HTTP client settings, if any (for the SSL bundle)
   * @param resourceLoader gives the application's class loader
   * @return the transport
   */
  @Bean
  @ConditionalOnMissingBean
  public SegmentsHttpTransport segmentsHttpTransport(
      SegmentsProperties properties,
      ObjectProvider<ClientHttpRequestFactoryBuilder<?>> bootChoice,
      BeanFactory beanFactory,
      ResourceLoader resourceLoader) {
    return SegmentsHttpTransports.create(
        properties.getConnectTimeout(),
        bootChoice.getIfUnique(),
        BootLine.httpClientSslBundle(beanFactory),
        resourceLoader.getClassLoader());
  }

  /**
   * Starts client builders with the auto-configured settings and no interceptors.
   *
   * @param properties the properties
   * @param downloads the download properties
   * @param connectionDetails where to connect and with which key
   * @param transport the HTTP transport
   * @param restClientBuilder the application's builder, or a plain one without Boot's
   * @return the factory
   */
  @Bean
  @ConditionalOnMissingBean
  public SegmentsClientBuilderFactory segmentsClientBuilderFactory(
      SegmentsProperties properties,
      SegmentsDownloadProperties downloads,
      SegmentsConnectionDetails connectionDetails,
      SegmentsHttpTransport transport,
      ObjectProvider<RestClient.Builder> restClientBuilder) {
    return new SegmentsClientBuilderFactory(
        restClientBuilder.getIfAvailable(RestClient::builder),
        transport,
        connectionDetails,
        properties,
        downloads);
  }

  /**
   * The client.
   *
   * @param clients starts the builder
   * @param connectionDetails checked for an API key
   * @param customizers the starter's and the application's customizers, applied in order
   * @return the client
   * @throws SegmentsConfigurationException when no API key is configured
   */
  @Bean
  @ConditionalOnMissingBean
  public SegmentsClient segmentsClient(
      SegmentsClientBuilderFactory clients,
      SegmentsConnectionDetails connectionDetails,
      ObjectProvider<SegmentsClientCustomizer> customizers) {
    if (!StringUtils.hasText(connectionDetails.apiKey())) {
      throw SegmentsConfigurationException.missingApiKey();
    }
    SegmentsClient.Builder builder = clients.builder();
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    return builder.build();
  }

  /** Masks the API key in Actuator's {@code env} and {@code configprops} endpoints. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(SanitizingFunction.class)
  static class SanitizingConfiguration {

    @Bean
    SegmentsSanitizingFunction segmentsSanitizingFunction() {
      return new SegmentsSanitizingFunction();
    }
  }
}
