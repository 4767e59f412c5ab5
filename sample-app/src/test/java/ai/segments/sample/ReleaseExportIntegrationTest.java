package ai.segments.sample;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.SegmentsClient;
import ai.segments.emulator.SegmentsEmulator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The export endpoint and the release list over real HTTP, on the embedded emulator. Same
 * configuration as {@link SampleAppIntegrationTest}, so they share one application context.
 */
@DemoAppTest
class ReleaseExportIntegrationTest {

  private static final Duration WAIT = Duration.ofSeconds(15);

  @Autowired private TestRestTemplate http;

  @Autowired private SegmentsClient client;

  @Test
  void aReleaseExportsAsAZipOfTheFilesTheSdkWrites() throws IOException {
    String name = "export-" + UUID.randomUUID();
    String dataset = new TestDatasets(this.client).boxes(name);
    String owner = dataset.substring(0, dataset.indexOf('/'));
    this.client.addRelease(dataset, "v1");

    ResponseEntity<byte[]> yolo =
        this.http.getForEntity(
            "/api/datasets/" + dataset + "/releases/v1/export?format=yolo", byte[].class);

    assertThat(yolo.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(yolo.getHeaders().getContentType())
        .isEqualTo(MediaType.parseMediaType("application/zip"));
    assertThat(yolo.getHeaders().getContentLength()).isEqualTo(yolo.getBody().length);
    assertThat(yolo.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("export_yolo_" + owner + "_" + name + "_v1.zip");
    // The values of the hand-derived fixture
    // (segments-integration-tests/src/test/resources/exports/README.md).
    assertThat(unzip(yolo.getBody()))
        .containsExactly(
            Map.entry(
                "segments/" + owner + "_" + name + "/v1/road.txt",
                "1 0.200000 0.300000 0.200000 0.400000\n2 0.752500 0.500000 0.495000 1.000000\n"));

    ResponseEntity<byte[]> coco =
        this.http.getForEntity(
            "/api/datasets/" + dataset + "/releases/v1/export?format=coco-instance", byte[].class);
    assertThat(unzip(coco.getBody()))
        .containsOnlyKeys("export_coco-instance_" + owner + "_" + name + "_v1.json");
  }

  @Test
  void anUnknownReleaseIsA404Problem() {
    ResponseEntity<String> response =
        this.http.getForEntity(
            "/api/datasets/demo/flowers/releases/no-such-release/export?format=coco-instance",
            String.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
  }

  @Test
  void aFormatThatDoesNotApplyIsA400ProblemNamingTheTaskTypeAndTheFormatsThatDo() {
    JsonNode problem =
        problem("/api/datasets/demo/flowers/releases/v1.0/export?format=coco-panoptic");

    assertThat(problem.path("detail").asText())
        .isEqualTo(
            "demo/flowers is a vector dataset, which cannot be exported to coco-panoptic;"
                + " formats that apply: coco-instance, yolo");
    assertThat(problem.path("taskType").asText()).isEqualTo("vector");
    assertThat(problem.path("applicableFormats").toString())
        .isEqualTo("[\"coco-instance\",\"yolo\"]");

    assertThat(
            problem("/api/datasets/demo/lidar-frames/releases/v1.0/export?format=yolo")
                .path("detail")
                .asText())
        .isEqualTo(
            "demo/lidar-frames is a pointcloud-cuboid dataset, which cannot be exported to yolo;"
                + " no export format applies to this task type");
  }

  @Test
  void anUnknownFormatIsA400ProblemListingTheKnownOnes() {
    JsonNode problem = problem("/api/datasets/demo/flowers/releases/v1.0/export?format=bogus");

    assertThat(problem.path("detail").asText())
        .isEqualTo(
            "Unknown export format 'bogus'; use one of: coco-panoptic, coco-instance, yolo,"
                + " instance, instance-color, semantic, semantic-color, polygon");
    assertThat(problem.path("knownFormats")).hasSize(8);
  }

  @Test
  void theClientsOwnValidationMessagesReachTheProblemDetail() {
    JsonNode problem =
        problem(
            "/api/datasets/demo/flowers/releases/v1.0/export?format=yolo&labelset=no-such-labelset");

    assertThat(problem.path("detail").asText())
        .isEqualTo("releaseDataset: There is no labelset with name `no-such-labelset`")
        .doesNotContain(SegmentsEmulator.DEMO_API_KEY);
    assertThat(problem.path("operation").asText()).isEqualTo("releaseDataset");
  }

  @Test
  void anIncompleteOrNonPositiveImageSizeIsA400Problem() {
    for (String size :
        List.of("image_width=640", "image_height=480", "image_width=0&image_height=5")) {
      assertThat(
              problem(
                      "/api/datasets/demo/greenhouse-video/releases/v1.0/export?format=yolo&"
                          + size)
                  .path("detail")
                  .asText())
          .as(size)
          .isEqualTo("Give both image_width and image_height as positive pixel counts, or neither");
    }
  }

  private JsonNode problem(String url) {
    ResponseEntity<String> response = this.http.getForEntity(url, String.class);

    assertThat(response.getStatusCode()).as(url).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    try {
      return new ObjectMapper().readTree(response.getBody());
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  @Test
  void aReleaseCreatedWebhookShowsTheReleaseOnceReady() throws InterruptedException {
    String dataset = new TestDatasets(this.client).boxes("watched-" + UUID.randomUUID());
    this.client.addRelease(dataset, "v2");

    Instant deadline = Instant.now().plus(WAIT);
    ReleaseOverview shown = null;
    while (Instant.now().isBefore(deadline)
        && (shown == null || !shown.status().equals("SUCCEEDED"))) {
      ResponseEntity<ReleaseOverview[]> releases =
          this.http.getForEntity("/api/releases", ReleaseOverview[].class);
      assertThat(releases.getStatusCode()).isEqualTo(HttpStatus.OK);
      shown =
          List.of(releases.getBody()).stream()
              .filter(r -> r.dataset().equals(dataset))
              .findFirst()
              .orElse(null);
      Thread.sleep(100);
    }
    assertThat(shown).isNotNull();
    assertThat(shown.status()).isEqualTo("SUCCEEDED");
    assertThat(shown.name()).isEqualTo("v2");
    assertThat(shown.samplesCount()).isEqualTo(2);
    assertThat(shown.taskType()).isEqualTo("vector");
    assertThat(shown.exports())
        .extracting(ExportLink::href)
        .containsExactly(
            "api/datasets/" + dataset + "/releases/v2/export?format=coco-instance",
            "api/datasets/" + dataset + "/releases/v2/export?format=yolo");
  }

  private static Map<String, String> unzip(byte[] zip) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    ZipEntries.read(zip)
        .forEach((name, bytes) -> entries.put(name, new String(bytes, StandardCharsets.UTF_8)));
    return entries;
  }
}
