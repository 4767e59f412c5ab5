package ai.segments.benchmarks;

import java.net.URI;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.io.CloseMode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.HttpComponentsClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The hand-written loop on a bare Spring {@link RestClient} over the raw Apache loop's pooled
 * client: the stack {@code SegmentsClient} is built on, without the client. It sends the client's
 * headers, reads the body as bytes and binds it into a {@code Map}; the distance between this loop
 * and the raw Apache loop is what {@code RestClient} itself costs.
 */
final class RawRestClientLoop implements HttpLoop {

  /** The column name. */
  static final String NAME = "bare RestClient (Apache)";

  private final CloseableHttpClient http = RawApacheLoop.pooledClient();
  private final RestClient rest =
      RestClient.builder()
          .requestFactory(new HttpComponentsClientHttpRequestFactory(this.http))
          .build();
  private final String baseUrl;

  RawRestClientLoop(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Object call(HttpScenario scenario) {
    RestClient.RequestBodySpec request =
        this.rest
            .method(HttpMethod.valueOf(scenario.method))
            .uri(URI.create(this.baseUrl + scenario.path))
            .header(HttpHeaders.AUTHORIZATION, RawRequests.AUTHORIZATION)
            .header("X-source", "java-spring-boot-starter")
            .header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE);
    if (scenario.hasBody()) {
      byte[] body = RawRequests.body(scenario);
      request.contentType(MediaType.APPLICATION_JSON).contentLength(body.length);
      if (scenario.gzip) {
        request.header(HttpHeaders.CONTENT_ENCODING, "gzip");
      }
      request.body(out -> out.write(body));
    }
    return request.exchange(
        (sent, response) -> RawRequests.parse(response.getBody().readAllBytes()));
  }

  @Override
  public void close() {
    this.http.close(CloseMode.GRACEFUL);
  }
}
