package ai.segments.client.release;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.segments.client.SegmentsClient;
import ai.segments.client.call.SegmentsCallInterceptor;
import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.call.SegmentsResponse;
import ai.segments.client.exception.NetworkException;
import ai.segments.client.exception.SegmentsTimeoutException;
import ai.segments.client.exception.ValidationException;
import ai.segments.client.model.ImageSampleAttributes;
import ai.segments.client.model.ImageVectorLabelAttributes;
import ai.segments.client.model.LabelStatus;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

/**
 * Release datasets against a WireMock server: waiting, the streamed download to the presigned URL
 * (without the API key, retried through the interceptors, bounded) and the SDK's filters.
 */
class ReleaseDatasetsContractTest {

  private static final String KEY = "release-test-key";
  private static final String RELEASE_PATH = "/datasets/jane/flowers/releases/v1.0/";
  private static final String FILE_PATH = "/bucket/releases/v1.json";

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  @TempDir Path directory;

  @Test
  void downloadsTheFileWithoutTheApiKeyAndIteratesEverySampleWithItsLabel() {
    stubRelease("SUCCEEDED", null);
    stubFile(aResponse().withBody(releaseFile()));

    try (ReleaseDataset release =
            releases(client()).open("jane/flowers", "v1.0", ReleaseSelection.all());
        Stream<ReleaseSample> samples = release.samples()) {
      List<ReleaseSample> all = samples.toList();
      assertThat(all)
          .extracting(ReleaseSample::name)
          .containsExactly("rose.jpg", "tulip.jpg", "empty.jpg", "daisy.jpg");
      assertThat(all)
          .extracting(ReleaseSample::labelStatus)
          .containsExactly(
              LabelStatus.LABELED,
              LabelStatus.REVIEWED,
              LabelStatus.UNLABELED,
              LabelStatus.LABELED);
      ReleaseSample rose = all.get(0);
      assertThat(rose.attributes()).isInstanceOf(ImageSampleAttributes.class);
      assertThat(rose.label().attributes()).isInstanceOf(ImageVectorLabelAttributes.class);
      assertThat(rose.labelAttributesJson().path("annotations").get(0).path("type").asText())
          .isEqualTo("bbox");
      assertThat(release.header().datasetIdentifier()).isEqualTo("jane_flowers");
      assertThat(release.header().sampleCount()).isEqualTo(4);
      assertThat(release.header().categories())
          .extracting(c -> c.name())
          .containsExactly("rose", "tulip");
      assertThat(release.header().categories().get(0).hasInstances()).isTrue();
      assertThat(release.header().categories().get(1).color()).isNull();
    }
    LoggedRequest download = server.findAll(getRequestedFor(urlPathEqualTo(FILE_PATH))).get(0);
    assertThat(download.getHeader("Authorization")).isNull();
    assertThat(download.getAllHeaderKeys()).noneMatch(h -> h.equalsIgnoreCase("X-source"));
    assertThat(
            server
                .findAll(getRequestedFor(urlPathEqualTo(RELEASE_PATH)))
                .get(0)
                .getHeader("Authorization"))
        .isEqualTo("APIKey " + KEY);
  }

  @Test
  void filtersByLabelStatusAndMetadataLikeTheSdk() {
    stubRelease("SUCCEEDED", null);
    stubFile(aResponse().withBody(releaseFile()));
    ReleaseDatasets releases = releases(client());

    assertThat(
            names(
                releases,
                ReleaseSelection.all().filterBy(LabelStatus.LABELED, LabelStatus.UNLABELED)))
        .containsExactly("rose.jpg", "empty.jpg", "daisy.jpg");
    assertThat(names(releases, ReleaseSelection.all().filterByMetadata(Map.of("weather", "sunny"))))
        .containsExactly("rose.jpg", "daisy.jpg");
    // Python compares 1 == 1.0; both filters are ANDed.
    assertThat(names(releases, ReleaseSelection.all().filterByMetadata(Map.of("camera", 1))))
        .containsExactly("rose.jpg", "tulip.jpg");
    assertThat(
            names(
                releases,
                ReleaseSelection.all()
                    .filterBy(LabelStatus.REVIEWED)
                    .filterByMetadata(Map.of("camera", 1))))
        .containsExactly("tulip.jpg");
    assertThat(
            names(
                releases,
                ReleaseSelection.labelset("predictions").filterBy(LabelStatus.PRELABELED)))
        .containsExactly("tulip.jpg");
  }

  @Test
  void anUnknownLabelsetIsAValidationErrorAndTheFileIsDeleted() {
    stubRelease("SUCCEEDED", null);
    stubFile(aResponse().withBody(releaseFile()));
    assertThatThrownBy(
            () ->
                releases(client()).open("jane/flowers", "v1.0", ReleaseSelection.labelset("nope")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("There is no labelset with name `nope`");
    assertThat(this.directory).isEmptyDirectory();
  }

  @Test
  void closingTheDatasetDeletesTheDownloadedFile() throws IOException {
    stubRelease("SUCCEEDED", null);
    stubFile(aResponse().withBody(releaseFile()));
    ReleaseDataset release =
        releases(client()).open("jane/flowers", "v1.0", ReleaseSelection.all());
    try (Stream<Path> files = Files.list(this.directory)) {
      assertThat(files).hasSize(1);
    }
    release.close();
    assertThat(this.directory).isEmptyDirectory();
  }

  @Test
  void waitsForAPendingReleaseThenOpensIt() {
    server.stubFor(
        get(urlPathEqualTo(RELEASE_PATH))
            .inScenario("release")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(release("PENDING", null))
            .willSetStateTo("done"));
    server.stubFor(
        get(urlPathEqualTo(RELEASE_PATH))
            .inScenario("release")
            .whenScenarioStateIs("done")
            .willReturn(release("SUCCEEDED", null)));
    stubFile(aResponse().withBody(releaseFile()));

    try (ReleaseDataset release =
        releases(client()).open("jane/flowers", "v1.0", ReleaseSelection.all())) {
      assertThat(release.header().name()).isEqualTo("v1.0");
    }
    assertThat(server.findAll(getRequestedFor(urlPathEqualTo(RELEASE_PATH)))).hasSize(2);
  }

  @Test
  void aFailedReleaseRaisesItsReasonAndDownloadsNothing() {
    stubRelease("FAILED", "Releases are not supported for 3D segmentation");
    ReleaseFailedException failed =
        catchThrowableOfType(
            ReleaseFailedException.class,
            () -> releases(client()).open("jane/flowers", "v1.0", ReleaseSelection.all()));
    assertThat(failed.reason()).isEqualTo("Releases are not supported for 3D segmentation");
    assertThat(failed)
        .hasMessage(
            "Release v1.0 of jane/flowers is FAILED: Releases are not supported for 3D segmentation");
    assertThat(server.findAll(getRequestedFor(urlPathEqualTo(FILE_PATH)))).isEmpty();
  }

  @Test
  void waitingIsBounded() {
    stubRelease("PENDING", null);
    ReleaseDatasets releases =
        ReleaseDatasets.builder(client())
            .directory(this.directory)
            .waitTimeout(Duration.ofMillis(1))
            .pollInterval(Duration.ofMillis(1))
            .build();
    assertThatThrownBy(() -> releases.open("jane/flowers", "v1.0", ReleaseSelection.all()))
        .isInstanceOf(SegmentsTimeoutException.class)
        .hasMessageContaining("still PENDING");
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedAndDeleted() {
    stubRelease("SUCCEEDED", null);
    stubFile(aResponse().withBody(releaseFile()));
    ReleaseDatasets releases =
        ReleaseDatasets.builder(client())
            .directory(this.directory)
            .maxFileSize(DataSize.ofBytes(100))
            .build();
    assertThatThrownBy(() -> releases.open("jane/flowers", "v1.0", ReleaseSelection.all()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("larger than the limit of 100 bytes");
    assertThat(this.directory).isEmptyDirectory();
  }

  @Test
  void aTransientDownloadFailureGoesThroughTheRetryInterceptorAndTheFileIsRewritten() {
    stubRelease("SUCCEEDED", null);
    server.stubFor(
        get(urlPathEqualTo(FILE_PATH))
            .inScenario("file")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(503).withBody("busy"))
            .willSetStateTo("up"));
    server.stubFor(
        get(urlPathEqualTo(FILE_PATH))
            .inScenario("file")
            .whenScenarioStateIs("up")
            .willReturn(aResponse().withBody(releaseFile())));
    AtomicInteger downloadAttempts = new AtomicInteger();
    SegmentsCallInterceptor retryOnce =
        new SegmentsCallInterceptor() {
          @Override
          public <T> SegmentsResponse<T> intercept(
              ai.segments.client.call.SegmentsCall call, Chain<T> chain) {
            if (call.operation() == SegmentsOperation.DOWNLOAD_FILE) {
              downloadAttempts.incrementAndGet();
            }
            try {
              return chain.proceed(call);
            } catch (NetworkException ex) {
              downloadAttempts.incrementAndGet();
              return chain.proceed(call.withAttempt(2));
            }
          }
        };
    SegmentsClient client =
        SegmentsClient.builder()
            .apiKey(KEY)
            .apiUrl(server.baseUrl())
            .interceptor(retryOnce)
            .build();
    try (ReleaseDataset release =
            releases(client).open("jane/flowers", "v1.0", ReleaseSelection.all());
        Stream<ReleaseSample> samples = release.samples()) {
      assertThat(samples.count()).isEqualTo(4);
    }
    assertThat(server.findAll(getRequestedFor(urlPathEqualTo(FILE_PATH)))).hasSize(2);
    assertThat(downloadAttempts).hasValue(2);
  }

  @Test
  void aLocalReleaseFileOpensWithoutAClient() throws IOException {
    Path file = this.directory.resolve("flowers-v1.0.json");
    Files.writeString(file, releaseFile());
    try (ReleaseDataset release =
            ReleaseDataset.open(file, ReleaseSelection.all().filterBy(LabelStatus.REVIEWED));
        Stream<ReleaseSample> samples = release.samples()) {
      assertThat(samples).extracting(ReleaseSample::uuid).containsExactly("s-2");
    }
    assertThat(file).exists();
  }

  private ReleaseDatasets releases(SegmentsClient client) {
    return ReleaseDatasets.builder(client)
        .directory(this.directory)
        .pollInterval(Duration.ofMillis(10))
        .build();
  }

  private List<String> names(ReleaseDatasets releases, ReleaseSelection selection) {
    try (ReleaseDataset release = releases.open("jane/flowers", "v1.0", selection);
        Stream<ReleaseSample> samples = release.samples()) {
      return samples.map(ReleaseSample::name).toList();
    }
  }

  private static SegmentsClient client() {
    return SegmentsClient.builder().apiKey(KEY).apiUrl(server.baseUrl()).build();
  }

  private static void stubRelease(String status, String reason) {
    server.stubFor(get(urlPathEqualTo(RELEASE_PATH)).willReturn(release(status, reason)));
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder release(
      String status, String reason) {
    String url = status.equals("SUCCEEDED") ? "\"" + server.baseUrl() + FILE_PATH + "\"" : "null";
    String info = (reason != null) ? ", \"status_info\": \"" + reason + "\"" : "";
    return aResponse()
        .withHeader("Content-Type", "application/json")
        .withBody(
            "{\"uuid\": \"r-1\", \"name\": \"v1.0\", \"description\": \"\", \"release_type\": \"JSON\","
                + " \"attributes\": {\"url\": "
                + url
                + "}, \"status\": \""
                + status
                + "\","
                + " \"created_at\": \"2026-01-05T10:00:00Z\", \"samples_count\": 4"
                + info
                + "}");
  }

  private static void stubFile(
      com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder response) {
    server.stubFor(get(urlPathEqualTo(FILE_PATH)).willReturn(response));
  }

  static String releaseFile() {
    try (InputStream in =
        ReleaseDatasetsContractTest.class.getResourceAsStream("/releases/release-vector.json")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
