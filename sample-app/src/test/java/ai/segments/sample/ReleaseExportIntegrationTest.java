package ai.segments.sample;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.SegmentsClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The export endpoint and the release list over real HTTP, on the embedded emulator. Same
 * configuration as {@link SampleAppIntegrationTest}, so they share one application context.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {"sample.import-chunk-size=2", "sample.page-size=30"})
@AutoConfigureMetrics
@AutoConfigureTestRestTemplate
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
  void anUnsupportedOrUnknownFormatIsA400Problem() {
    for (String format : List.of("coco-panoptic", "no-such-format")) {
      ResponseEntity<String> response =
          this.http.getForEntity(
              "/api/datasets/demo/flowers/releases/v1.0/export?format=" + format, String.class);

      assertThat(response.getStatusCode()).as(format).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(response.getHeaders().getContentType())
          .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }
  }

  @Test
  void aReleaseCreatedWebhookShowsTheReleaseOnceReady() throws InterruptedException {
    String dataset = new TestDatasets(this.client).boxes("watched-" + UUID.randomUUID());
    this.client.addRelease(dataset, "v2");

    Instant deadline = Instant.now().plus(WAIT);
    ReadyRelease shown = null;
    while (Instant.now().isBefore(deadline)
        && (shown == null || !shown.status().equals("SUCCEEDED"))) {
      ResponseEntity<ReadyRelease[]> releases =
          this.http.getForEntity("/api/releases", ReadyRelease[].class);
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
  }

  private static Map<String, String> unzip(byte[] zip) throws IOException {
    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return entries;
  }
}
