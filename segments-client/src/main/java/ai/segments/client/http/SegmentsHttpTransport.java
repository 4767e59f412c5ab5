package ai.segments.client.http;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.util.ClassUtils;

/**
 * The pooled HTTP client under a {@code SegmentsClient}, handing out request factories that share
 * one connection pool but may differ in read timeout.
 *
 * <p>Implementations never follow redirects and never retry by themselves: the client follows
 * redirects itself (so that the API key never travels to another host) and retries are the job of
 * the retry policy alone.
 */
@FunctionalInterface
public interface SegmentsHttpTransport extends AutoCloseable {

  /**
   * A request factory over the shared connection pool.
   *
   * @param readTimeout how long to wait for a response, never {@code null}
   * @return the request factory
   */
  ClientHttpRequestFactory requestFactory(Duration readTimeout);

  /**
   * A request factory for downloads outside the API (release files, bitmaps, images) over the
   * shared connection pool, whose timeout bounds each wait for bytes (the response's first
   * included) but never the whole download: the client bounds the body itself, aborting it with
   * {@link #abortDownload(InputStream)}. By default {@link #requestFactory(Duration)}, right for
   * transports whose read timeout is a socket timeout.
   *
   * @param readTimeout the longest wait for the response and for each read, never {@code null}
   * @return the request factory
   */
  default ClientHttpRequestFactory downloadRequestFactory(Duration readTimeout) {
    return requestFactory(readTimeout);
  }

  /**
   * Aborts a download's response body from another thread (the download's read timeout or deadline
   * passed), so that a thread blocked reading it fails at once; must not block. By default closes
   * it.
   *
   * @param body the body returned by the download's response
   * @throws IOException when aborting fails
   */
  default void abortDownload(InputStream body) throws IOException {
    body.close();
  }

  /**
   * Releases the HTTP client's connections and threads, if it holds any; by default nothing. A
   * {@code SegmentsClient} calls it only on a transport it created itself.
   */
  @Override
  default void close() {}

  /**
   * The transport used when none is given: Apache HttpClient 5 when it is on the classpath (as
   * Spring Boot prefers it), the JDK {@code HttpClient} otherwise.
   *
   * @param connectTimeout the connect timeout
   * @return a new transport with its own connection pool
   */
  static SegmentsHttpTransport detect(Duration connectTimeout) {
    return detect(connectTimeout, null, SegmentsHttpTransport.class.getClassLoader());
  }

  /**
   * Like {@link #detect(Duration)}, with TLS settings and the class loader to look in.
   *
   * @param connectTimeout the connect timeout
   * @param sslContext the TLS context, or {@code null} for the JVM's default
   * @param classLoader where to look for Apache HttpClient 5
   * @return a new transport with its own connection pool
   */
  static SegmentsHttpTransport detect(
      Duration connectTimeout, SSLContext sslContext, ClassLoader classLoader) {
    return isApacheAvailable(classLoader)
        ? ApacheHttpTransport.create(connectTimeout, sslContext)
        : JdkHttpTransport.create(connectTimeout, sslContext);
  }

  /**
   * Whether Apache HttpClient 5 is on the classpath.
   *
   * @param classLoader where to look
   * @return {@code true} if {@link ApacheHttpTransport} can be used
   */
  static boolean isApacheAvailable(ClassLoader classLoader) {
    return ClassUtils.isPresent("org.apache.hc.client5.http.impl.classic.HttpClients", classLoader);
  }
}
