package ai.segments.autoconfigure;

import ai.segments.client.http.JdkHttpTransport;
import ai.segments.client.http.SegmentsHttpTransport;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.ssl.SslBundle;

/**
 * Chooses the HTTP client of the auto-configured transport: the JDK client when Boot's choice is
 * {@code jdk} ({@code spring.http.clients.imperative.factory} on Boot 4, {@code
 * spring.http.client.factory} on Boot 3.5); otherwise Apache HttpClient 5 when it is on the
 * classpath (the starters bring it), else the JDK client, as Spring Boot chooses by default. Boot's
 * HTTP client SSL bundle ({@code spring.http.clients.ssl.bundle} on Boot 4, {@code
 * spring.http.client.ssl.bundle} on Boot 3.5) applies to it; timeouts come from {@code segments.*}
 * only.
 */
final class SegmentsHttpTransports {

  private SegmentsHttpTransports() {}

  /**
   * Creates the transport.
   *
   * @param connectTimeout the connect timeout
   * @param bootChoice Boot's request factory builder, or {@code null}
   * @param sslBundle Boot's HTTP client SSL bundle, or {@code null}
   * @param classLoader the application's class loader, to look for Apache HttpClient
   * @return the transport, with its own connection pool
   */
  static SegmentsHttpTransport create(
      Duration connectTimeout,
      ClientHttpRequestFactoryBuilder<?> bootChoice,
      SslBundle sslBundle,
      ClassLoader classLoader) {
    SSLContext sslContext = (sslBundle != null) ? sslBundle.createSslContext() : null;
    return (bootChoice instanceof JdkClientHttpRequestFactoryBuilder)
        ? JdkHttpTransport.create(connectTimeout, sslContext)
        : SegmentsHttpTransport.detect(connectTimeout, sslContext, classLoader);
  }
}
