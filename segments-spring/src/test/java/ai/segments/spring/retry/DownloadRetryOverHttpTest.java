package ai.segments.spring.retry;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.SegmentsClient;
import ai.segments.client.http.SegmentsHttpTransport;
import ai.segments.spring.support.FakeSegmentsClock;
import ai.segments.spring.support.TestClients;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.unit.DataSize;

/**
 * {@code downloadFile} (release files, label bitmaps) under the starter's retry policy, over real
 * HTTP with both transports: a transient failure is retried and the file rewritten from the start,
 * without the API key.
 */
class DownloadRetryOverHttpTest {

  private static final String FILE_PATH = "/bucket/releases/v1.json";
  private static final String CONTENT = "{\"name\": \"v1\", \"dataset\": {\"samples\": []}}";

  @RegisterExtension
  static WireMockExtension storage =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path directory;

  private final FakeSegmentsClock time = new FakeSegmentsClock();

  private SegmentsClient client(Function<Duration, SegmentsHttpTransport> transport) {
    return SegmentsClient.builder()
        .apiKey("download-retry-key")
        .apiUrl("http://127.0.0.1:9/")
        .allowDownloadHost("localhost")
        .downloadReadTimeout(Duration.ofSeconds(2))
        .transport(transport.apply(Duration.ofSeconds(2)))
        .interceptor(TestClients.retryInterceptor(this.time, 0.5, SegmentsRetryListener.NONE))
        .build();
  }

  private static void answer(ResponseDefinitionBuilder first) {
    storage.stubFor(
        get(urlPathEqualTo(FILE_PATH))
            .inScenario("download")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(first)
            .willSetStateTo("recovered"));
    storage.stubFor(
        get(urlPathEqualTo(FILE_PATH))
            .inScenario("download")
            .whenScenarioStateIs("recovered")
            .willReturn(aResponse().withBody(CONTENT)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ai.segments.spring.support.TestClients#transports")
  void a503IsRetried(String name, Function<Duration, SegmentsHttpTransport> transport)
      throws IOException {
    answer(aResponse().withStatus(503).withBody("Slow Down"));

    Path file = this.directory.resolve("release.json");
    client(transport)
        .downloadFile(URI.create(storage.baseUrl() + FILE_PATH), file, DataSize.ofMegabytes(1));

    assertThat(Files.readString(file)).isEqualTo(CONTENT);
    assertThat(storage.findAll(getRequestedFor(urlPathEqualTo(FILE_PATH))))
        .hasSize(2)
        .allSatisfy(request -> assertThat(request.getHeader("Authorization")).isNull());
    assertThat(this.time.sleeps()).hasSize(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ai.segments.spring.support.TestClients#transports")
  void aConnectionResetMidBodyIsRetriedAndTheFileRewritten(
      String name, Function<Duration, SegmentsHttpTransport> transport) throws IOException {
    answer(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK));

    Path file = this.directory.resolve("release.json");
    client(transport)
        .downloadFile(URI.create(storage.baseUrl() + FILE_PATH), file, DataSize.ofMegabytes(1));

    assertThat(Files.readString(file)).isEqualTo(CONTENT);
    assertThat(storage.findAll(getRequestedFor(urlPathEqualTo(FILE_PATH)))).hasSize(2);
  }
}
