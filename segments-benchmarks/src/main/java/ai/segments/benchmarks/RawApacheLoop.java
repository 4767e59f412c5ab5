package ai.segments.benchmarks;

import ai.segments.client.http.ApacheHttpTransport;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * The hand-written loop on Apache HttpClient 5, pooled with as many connections as the client's
 * transport: bytes in, Jackson into a {@code Map}.
 */
final class RawApacheLoop implements HttpLoop {

  private final CloseableHttpClient http = pooledClient();
  private final String baseUrl;

  RawApacheLoop(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /**
   * An Apache client pooled with as many connections as the client's transport, default otherwise.
   */
  static CloseableHttpClient pooledClient() {
    return HttpClients.custom()
        .setConnectionManager(
            PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(ApacheHttpTransport.MAX_CONNECTIONS)
                .setMaxConnPerRoute(ApacheHttpTransport.MAX_CONNECTIONS)
                .build())
        .disableAutomaticRetries()
        .build();
  }

  @Override
  public String name() {
    return "raw Apache HC5";
  }

  @Override
  public Object call(HttpScenario scenario) {
    HttpUriRequestBase request =
        new HttpUriRequestBase(scenario.method, java.net.URI.create(this.baseUrl + scenario.path));
    request.setHeader("Authorization", RawRequests.AUTHORIZATION);
    request.setHeader("X-source", "java-spring-boot-starter");
    request.setHeader("Accept", "application/json");
    if (scenario.hasBody()) {
      request.setEntity(
          new ByteArrayEntity(
              RawRequests.body(scenario),
              ContentType.APPLICATION_JSON,
              scenario.gzip ? "gzip" : null));
    }
    try {
      return this.http.execute(
          request, response -> RawRequests.parse(EntityUtils.toByteArray(response.getEntity())));
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  @Override
  public void close() {
    try {
      this.http.close();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
