package ai.segments.client.http;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.io.HttpClientConnectionManager;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.http.io.EofSensorInputStream;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.util.Timeout;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;

/**
 * A {@link SegmentsHttpTransport} on Apache HttpClient 5, with a pooled connection manager and
 * neither automatic retries nor redirects.
 *
 * <p>The pool of {@link #create} is Apache's lax pool: calling threads lease and release
 * connections without a pool-wide lock (the strict pool serializes every lease and release behind
 * one), and at most {@link #MAX_CONNECTIONS} connections are kept per host. Cookies are not
 * managed: the API does not use them, and the cookie store would be shared by all calls.
 */
public final class ApacheHttpTransport implements SegmentsHttpTransport {

  /** The most connections the pool of {@link #create} keeps to one host. */
  public static final int MAX_CONNECTIONS = 64;

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
    return create(connectTimeout, null);
  }

  /**
   * A transport with its own pooled client that uses the given TLS context (e.g. from a Spring Boot
   * SSL bundle).
   *
   * @param connectTimeout the connect timeout
   * @param sslContext the TLS context, or {@code null} for the JVM default
   * @return the transport
   */
  public static ApacheHttpTransport create(Duration connectTimeout, SSLContext sslContext) {
    PoolingHttpClientConnectionManagerBuilder pool =
        PoolingHttpClientConnectionManagerBuilder.create()
            .setPoolConcurrencyPolicy(PoolConcurrencyPolicy.LAX)
            .setMaxConnPerRoute(MAX_CONNECTIONS)
            .setDefaultConnectionConfig(
                ConnectionConfig.custom().setConnectTimeout(Timeout.of(connectTimeout)).build());
    if (sslContext != null) {
      pool.setTlsSocketStrategy(
          ClientTlsStrategyBuilder.create().setSslContext(sslContext).buildClassic());
    }
    HttpClientConnectionManager connections = pool.build();
    return wrap(
        HttpClients.custom()
            .setConnectionManager(connections)
            .disableAutomaticRetries()
            .disableRedirectHandling()
            .disableCookieManagement()
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
    HeaderLogging.checkApache();
    return new ApacheHttpTransport(httpClient);
  }

  @Override
  public ClientHttpRequestFactory requestFactory(Duration readTimeout) {
    HttpComponentsClientHttpRequestFactory factory =
        new HttpComponentsClientHttpRequestFactory(this.httpClient);
    factory.setReadTimeout(readTimeout);
    return factory;
  }

  /**
   * Aborts the connection under a download's body, which releases a thread blocked reading it;
   * closing the body instead would read it to its end first.
   */
  @Override
  public void abortDownload(InputStream body) throws IOException {
    if (body instanceof EofSensorInputStream sensor) {
      sensor.abort();
    } else {
      body.close();
    }
  }

  /** Closes the HTTP client and its connection pool, letting requests in flight finish. */
  @Override
  public void close() {
    this.httpClient.close(CloseMode.GRACEFUL);
  }
}
