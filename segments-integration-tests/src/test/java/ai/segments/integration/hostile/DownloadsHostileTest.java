package ai.segments.integration.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.SegmentsClient;
import ai.segments.client.exception.NotFoundException;
import ai.segments.client.exception.ValidationException;
import ai.segments.client.export.ExportFormat;
import ai.segments.client.export.ExportOptions;
import ai.segments.client.model.Sample;
import ai.segments.client.model.TaskType;
import ai.segments.client.request.AddSampleRequest;
import ai.segments.emulator.Seed;
import ai.segments.emulator.SegmentsEmulator;
import ai.segments.emulator.SegmentsEmulatorExtension;
import ai.segments.integration.overload.ProtectedClients;
import ai.segments.spring.health.SegmentsHealth;
import ai.segments.spring.health.SegmentsHealthCheck;
import ai.segments.spring.resilience.CircuitBreakerInterceptor;
import ai.segments.spring.resilience.CircuitBreakerSettings;
import ai.segments.spring.resilience.CircuitState;
import ai.segments.spring.resilience.ResilienceEvents;
import ai.segments.spring.resilience.RetryBudget;
import ai.segments.spring.resilience.SegmentsCircuitBreaker;
import ai.segments.spring.support.LoopbackServers;
import ai.segments.testfixtures.VectorLabels;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.unit.DataSize;

/**
 * Issue #22, items 4 and 9 over real HTTP: a dead image host stays apart from the API, and URLs
 * from API data cannot make the client fetch internal addresses. Every server here is a live one on
 * 127.0.0.1. (Item 8, download deadlines on both transports: {@code
 * ai.segments.spring.retry.DownloadDeadlinesOverHttpTest}.)
 */
class DownloadsHostileTest {

  @RegisterExtension
  static final SegmentsEmulatorExtension EMULATOR =
      new SegmentsEmulatorExtension(SegmentsEmulator.builder().seed(Seed.DEMO));

  private static final String RELEASE = "v1";
  private static final int IMAGES = 5;
  private static final int HOST_FAILURE_BUDGET = 3;

  @TempDir Path directory;

  private LoopbackServers.Server server;

  @AfterEach
  void stop() {
    this.server.close();
  }

  // ------------------------------------------------------------------ item 4: per-host isolation

  static Stream<Arguments> deadHosts() {
    return Stream.of(
        Arguments.of("always 503", (Supplier<LoopbackServers.Server>) LoopbackServers::always503),
        Arguments.of(
            "resets connections",
            (Supplier<LoopbackServers.Server>) LoopbackServers::resettingConnections));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("deadHosts")
  void aDeadImageHostLeavesTheApiBreakerBudgetAndHealthAlone(
      String name, Supplier<LoopbackServers.Server> deadHost, SegmentsEmulator emulator)
      throws IOException {
    this.server = deadHost.get();
    SegmentsCircuitBreaker breaker =
        new SegmentsCircuitBreaker(
            new CircuitBreakerSettings(3, Duration.ofSeconds(30), 1),
            Clock.systemUTC(),
            ResilienceEvents.NONE);
    RetryBudget budget = new RetryBudget(0.2, 10, ResilienceEvents.NONE);
    SegmentsClient client =
        ProtectedClients.builder(emulator, budget, new CircuitBreakerInterceptor(breaker))
            .allowDownloadHost("127.0.0.1")
            .downloadHostFailureBudget(HOST_FAILURE_BUDGET)
            .build();
    String dataset = datasetWithImagesOn(client, this.server);

    export(client, dataset, ExportFormat.YOLO);

    // Without isolation: 4 attempts per image, and the breaker opens after 3 failures. A reset may
    // surface as a failed connection, which marks the host down at once, or as a broken response,
    // which counts toward the budget; the JDK HttpClient itself sends a GET once more when its
    // connection closed before any byte of a response, so one attempt may be two connections.
    assertThat(this.server.hits()).isBetween(1, 2 * HOST_FAILURE_BUDGET);
    assertThat(breaker.snapshot().state()).isEqualTo(CircuitState.CLOSED);
    assertThat(budget.available()).isEqualTo(10.0);
    SegmentsClient healthClient =
        SegmentsClient.builder().apiKey(emulator.apiKey()).apiUrl(emulator.baseUrl()).build();
    assertThat(
            new SegmentsHealthCheck(
                    healthClient, Duration.ZERO, Clock.systemUTC(), breaker::snapshot)
                .check()
                .state())
        .isEqualTo(SegmentsHealth.State.UP);
    assertThatThrownBy(() -> client.getRelease(dataset, "no-such-release"))
        .isInstanceOf(NotFoundException.class);
  }

  // ------------------------------------------------------------------------ item 9: SSRF policy

  @Test
  void internalAddressesAreRefusedBeforeAnythingIsSent(SegmentsEmulator emulator) {
    this.server = LoopbackServers.ok();
    SegmentsClient client = ProtectedClients.builder(emulator, null).build();

    // Literal addresses: refused by the policy alone, no socket is opened.
    for (String url :
        List.of(
            "http://169.254.169.254/latest/meta-data/iam/security-credentials/",
            "http://[fd00:ec2::254]/latest/meta-data/",
            "http://10.0.0.1/internal.png",
            "http://192.168.1.1/router.png",
            "http://0.0.0.0:8080/x.png",
            this.server.url("/local.png").toString())) {
      assertThatThrownBy(
              () ->
                  client.downloadFile(
                      URI.create(url), this.directory.resolve("x"), DataSize.ofKilobytes(1)))
          .as(url)
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("segments.download.allowed-hosts");
      assertThat(client.downloadPolicy().allows(URI.create(url))).as(url).isFalse();
    }
    assertThatThrownBy(() -> client.checkDownloadUrl(URI.create("file:///etc/passwd")))
        .isInstanceOf(ValidationException.class);
    assertThat(this.server.hits()).isZero();
    assertThat(this.directory.resolve("x")).doesNotExist();
  }

  @Test
  void anExportNeverFetchesImagesFromALoopbackListener(SegmentsEmulator emulator)
      throws IOException {
    this.server = LoopbackServers.ok();
    SegmentsClient client = ProtectedClients.builder(emulator, null).build();
    String dataset = datasetWithImagesOn(client, this.server);

    export(client, dataset, ExportFormat.YOLO);

    assertThat(this.server.hits()).isZero();
  }

  @Test
  void anAllowedHostAndTheApisOwnAssetsAreDownloaded(SegmentsEmulator emulator) throws IOException {
    this.server = LoopbackServers.ok();
    SegmentsClient client =
        ProtectedClients.builder(emulator, null)
            .allowDownloadHost("127.0.0.1:" + this.server.url("/").getPort())
            .build();
    Path allowed = this.directory.resolve("allowed.txt");
    Path asset = this.directory.resolve("asset.txt");

    client.downloadFile(this.server.url("/ok.txt"), allowed, DataSize.ofKilobytes(1));
    String assetUrl = client.uploadAsset("asset".getBytes(), "asset.txt").url();
    client.downloadFile(URI.create(assetUrl), asset, DataSize.ofKilobytes(1));

    assertThat(Files.readString(allowed)).isEqualTo("ok");
    assertThat(Files.readString(asset)).isEqualTo("asset");
    assertThat(URI.create(assetUrl).getPort()).isEqualTo(URI.create(emulator.baseUrl()).getPort());
  }

  // ------------------------------------------------------------------------------- fixtures

  /** An image-vector dataset of {@value #IMAGES} boxed samples whose images are on the server. */
  private static String datasetWithImagesOn(SegmentsClient client, LoopbackServers.Server server) {
    String name = HostileDatasets.create(client, "images", TaskType.BBOXES);
    for (int i = 0; i < IMAGES; i++) {
      Sample sample =
          client.addSample(
              name,
              AddSampleRequest.of(
                  "image-" + i + ".png",
                  Map.of("image", Map.of("url", server.url("/image-" + i + ".png").toString()))));
      client.addLabel(
          sample.uuid(),
          "ground-truth",
          VectorLabels.of(List.of(VectorLabels.box(1, 1, 1, 1, 10, 5))));
    }
    client.addRelease(name, RELEASE);
    return name;
  }

  private void export(SegmentsClient client, String dataset, ExportFormat format)
      throws IOException {
    // One download at a time, so that the hits of a dead host are counted exactly; for concurrent
    // downloads see ExportOverlapHostileTest#aDeadImageHostCostsAFewAttemptsNotOnePerImage.
    OverlapReleases.export(
        client,
        dataset,
        format,
        ExportOptions.defaults().withConcurrency(1),
        Files.createDirectories(this.directory.resolve("export")));
  }
}
