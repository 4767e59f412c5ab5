package ai.segments.client.http;

import java.net.http.HttpClient;
import java.time.Duration;
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
    return wrap(
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build());
  }

  /**
   * A transport over an existing {@link HttpClient}; configure it not to follow redirects.
   *
   * @param httpClient the client whose connection pool is shared
   * @return the transport
   */
  public static JdkHttpTransport wrap(HttpClient httpClient) {
    return new JdkHttpTransport(httpClient);
  }

  @Override
  public ClientHttpRequestFactory requestFactory(Duration readTimeout) {
    JdkClientHttpRequestFactory factory = new JdkClientHttpRequestFactory(this.httpClient);
    factory.setReadTimeout(readTimeout);
    return factory;
  }
}
