package ai.segments.client.http;

import java.time.Duration;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.io.HttpClientConnectionManager;
import org.apache.hc.core5.util.Timeout;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

/**
 * A {@link SegmentsHttpTransport} on Apache HttpClient 5, with a pooled connection manager and
 * neither automatic retries nor redirects.
 */
public final class ApacheHttpTransport implements SegmentsHttpTransport {

  private static final int MAX_CONNECTIONS = 64;

  private final CloseableHttpClient httpClient;

  private ApacheHttpTransport(CloseableHttpClient httpClient) {
    this.httpClient = httpClient;
  }

  /**
   * A transport with its own pooled client.
   *
   * @param connectTimeout the connect timeout
   * @return the transport
   */
  public static ApacheHttpTransport create(Duration connectTimeout) {
    HttpClientConnectionManager connections =
        PoolingHttpClientConnectionManagerBuilder.create()
            .setMaxConnTotal(MAX_CONNECTIONS)
            .setMaxConnPerRoute(MAX_CONNECTIONS)
            .setDefaultConnectionConfig(
                ConnectionConfig.custom().setConnectTimeout(Timeout.of(connectTimeout)).build())
            .build();
    return wrap(
        HttpClients.custom()
            .setConnectionManager(connections)
            .disableAutomaticRetries()
            .disableRedirectHandling()
            .build());
  }

  /**
   * A transport over an existing client; build it with {@code disableAutomaticRetries()} and {@code
   * disableRedirectHandling()} so that the client's own policies are the only ones.
   *
   * @param httpClient the client whose connection pool is shared
   * @return the transport
   */
  public static ApacheHttpTransport wrap(CloseableHttpClient httpClient) {
    return new ApacheHttpTransport(httpClient);
  }

  @Override
  public ClientHttpRequestFactory requestFactory(Duration readTimeout) {
    HttpComponentsClientHttpRequestFactory factory =
        new HttpComponentsClientHttpRequestFactory(this.httpClient);
    factory.setReadTimeout(readTimeout);
    return factory;
  }
}
