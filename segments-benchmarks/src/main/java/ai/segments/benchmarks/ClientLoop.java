package ai.segments.benchmarks;

import ai.segments.client.SegmentsClient;
import ai.segments.client.http.ApacheHttpTransport;
import ai.segments.client.http.JdkHttpTransport;
import ai.segments.client.http.SegmentsHttpTransport;
import ai.segments.client.request.AddSampleRequest;
import java.time.Duration;

/** The {@link SegmentsClient} on one transport, with compression on or off as the scenario asks. */
final class ClientLoop implements HttpLoop {

  private final String name;
  private final SegmentsClient compressing;
  private final SegmentsClient plain;

  private ClientLoop(String name, String baseUrl, SegmentsHttpTransport transport) {
    this.name = name;
    this.compressing = client(baseUrl, transport, true);
    this.plain = client(baseUrl, transport, false);
  }

  /** The client on Apache HttpClient 5, its default when Apache is on the classpath. */
  static ClientLoop apache(String baseUrl) {
    return new ClientLoop(
        "SegmentsClient (Apache)", baseUrl, ApacheHttpTransport.create(Duration.ofSeconds(5)));
  }

  /** The client on the JDK {@code HttpClient}. */
  static ClientLoop jdk(String baseUrl) {
    return new ClientLoop(
        "SegmentsClient (JDK)", baseUrl, JdkHttpTransport.create(Duration.ofSeconds(5)));
  }

  static SegmentsClient client(String baseUrl, SegmentsHttpTransport transport, boolean gzip) {
    return SegmentsClient.builder()
        .apiKey(Benchmarks.API_KEY)
        .apiUrl(baseUrl)
        .transport(transport)
        .compression(gzip)
        .build();
  }

  @Override
  public String name() {
    return this.name;
  }

  @Override
  public Object call(HttpScenario scenario) {
    SegmentsClient client = scenario.gzip ? this.compressing : this.plain;
    return switch (scenario) {
      case GET_DATASET -> client.getDataset(HttpScenario.DATASET);
      case GET_SAMPLE -> client.getSample(HttpScenario.SAMPLE_UUID);
      case ADD_SAMPLE_GZIP, ADD_SAMPLE_PLAIN ->
          client.addSample(
              HttpScenario.DATASET,
              AddSampleRequest.of(HttpScenario.SAMPLE_NAME, HttpScenario.attributes()));
    };
  }
}
