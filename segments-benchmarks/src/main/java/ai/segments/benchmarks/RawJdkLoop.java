package ai.segments.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The hand-written loop on the JDK {@link HttpClient}: bytes in, Jackson into a {@code Map}. */
final class RawJdkLoop implements HttpLoop {

  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final String baseUrl;

  RawJdkLoop(String baseUrl) {
    this.baseUrl = baseUrl;
  }

  @Override
  public String name() {
    return "raw JDK HttpClient";
  }

  @Override
  public Object call(HttpScenario scenario) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(this.baseUrl + scenario.path))
            .header("Authorization", RawRequests.AUTHORIZATION)
            .header("X-source", "java-spring-boot-starter")
            .header("Accept", "application/json");
    if (scenario.hasBody()) {
      request.header("Content-Type", "application/json");
      if (scenario.gzip) {
        request.header("Content-Encoding", "gzip");
      }
      request.POST(HttpRequest.BodyPublishers.ofByteArray(RawRequests.body(scenario)));
    }
    try {
      HttpResponse<byte[]> response =
          this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      return RawRequests.parse(response.body());
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(ex);
    }
  }
}
