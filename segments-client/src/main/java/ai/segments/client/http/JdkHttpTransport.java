package ai.segments.client.http;

import java.net.http.HttpClient;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;

/** A {@link SegmentsHttpTransport} on the JDK's {@link HttpClient}. */
public final class JdkHttpTransport implements SegmentsHttpTransport {

  private final HttpClient httpClient;

  private JdkHttpTransport(HttpClient httpClient) {
    this.httpClient = httpClient;
  }

  /**
   * A transport with its own {@link HttpClient} that never follows redirects.
   *
   * @param connectTimeout the connect timeout
   * @return the transport
   */
  public static JdkHttpTransport create(Duration connectTimeout) {
    return create(connectTimeout, null);
  }

  /**
   * A transport with its own {@link HttpClient} that never follows redirects and uses the given TLS
   * context (e.g. from a Spring Boot SSL bundle).
   *
   * @param connectTimeout the connect timeout
   * @param sslContext the TLS context, or {@code null} for the JVM default
   * @return the transport
   */
  public static JdkHttpTransport create(Duration connectTimeout, SSLContext sslContext) {
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER);
    if (sslContext != null) {
      builder.sslContext(sslContext);
    }
    return wrap(builder.build());
  }

  /**
   * A transport over an existing {@link HttpClient}; configure it not to follow redirects.
   *
   * @param httpClient the client whose connection pool is shared
   * @return the transport
   */
  public static JdkHttpTransport wrap(HttpClient httpClient) {
    HeaderLogging.checkJdk();
    return new JdkHttpTransport(httpClient);
  }

  @Override
  public ClientHttpRequestFactory requestFactory(Duration readTimeout) {
    JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(this.httpClient);
    factory.setReadTimeout(readTimeout);
    return factory;
  }

  /**
   * A request factory whose timeout bounds the wait for the response only (the JDK's request
   * timeout), not the body: Spring's read timeout on the JDK client would end the whole download.
   */
  @Override
  public ClientHttpRequestFactory downloadRequestFactory(Duration readTimeout) {
    return new JdkClientHttpRequestFactory(
        new ResponseTimeoutHttpClient(this.httpClient, readTimeout));
  }

  /**
   * Closes the JDK client where the JDK can (Java 21 and later); on Java 17 its connections are
   * released when it is no longer referenced.
   */
  @Override
  public void close() {
    if (this.httpClient instanceof AutoCloseable closeable) {
      try {
        closeable.close();
      } catch (Exception ex) {
        throw new IllegalStateException("Closing the JDK HttpClient failed", ex);
      }
    }
  }
}
