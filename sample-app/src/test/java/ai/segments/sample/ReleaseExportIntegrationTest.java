package ai.segments.sample;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.AddDatasetRequest;
import ai.segments.client.AddSampleRequest;
import ai.segments.client.SegmentsClient;
import ai.segments.client.bitmap.PngImages;
import ai.segments.client.model.Dataset;
import ai.segments.client.model.Sample;
import ai.segments.client.model.TaskType;
import java.awt.image.BufferedImage;
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
    String dataset = boxesDataset(name);
    String owner = dataset.substring(0, dataset.indexOf('/'));
    this.client.addRelease(dataset, "v1");

    ResponseEntity<byte[]> yolo =
        this.http.getForEntity(
            "/api/datasets/" + dataset + "/releases/v1/export?format=yolo", byte[].class);

    assertThat(yolo.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(yolo.getHeaders().getContentType())
        .isEqualTo(MediaType.parseMediaType("application/zip"));
    assertThat(yolo.getHeaders().getContentDisposition().getFilename())
        .isEqualTo("export_yolo_" + owner + "_" + name + "_v1.zip");
    // The values of the hand-derived fixture
    // (segments-emulator/src/test/resources/exports/README.md).
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
    String dataset = boxesDataset("watched-" + UUID.randomUUID());
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

  /** The vector fixture: road.png (100×50, two boxes, a polygon) and blank.png (no annotations). */
  private String boxesDataset(String name) {
    Dataset created =
        this.client.addDataset(
            AddDatasetRequest.builder(name)
                .taskType(TaskType.VECTOR)
                .taskAttributes(
                    Map.of(
                        "format_version",
                        "0.1",
                        "categories",
                        List.of(Map.of("name", "car", "id", 1), Map.of("name", "sign", "id", 2))))
                .build());
    String dataset = created.owner().username() + "/" + created.name();
    Sample road =
        this.client.addSample(dataset, AddSampleRequest.of("road.png", image("road.png", 100, 50)));
    Sample blank =
        this.client.addSample(
            dataset, AddSampleRequest.of("blank.png", image("blank.png", 20, 10)));
    this.client.addLabel(
        road.uuid(),
        "ground-truth",
        Map.of(
            "format_version",
            "0.1",
            "annotations",
            List.of(
                box(1, 1, 10, 5, 30, 25),
                box(2, 2, 50.5, 0, 100, 50),
                Map.of(
                    "id",
                    3,
                    "category_id",
                    2,
                    "type",
                    "polygon",
                    "points",
                    List.of(List.of(0, 0), List.of(10, 0), List.of(5, 8))))));
    this.client.addLabel(
        blank.uuid(), "ground-truth", Map.of("format_version", "0.1", "annotations", List.of()));
    return dataset;
  }

  private Map<String, Object> image(String name, int width, int height) {
    byte[] png = PngImages.toBytes(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB));
    return Map.of("image", Map.of("url", this.client.uploadAsset(png, name).url()));
  }

  private static Map<String, Object> box(
      int id, int category, Number x0, Number y0, Number x1, Number y1) {
    Map<String, Object> box = new LinkedHashMap<>();
    box.put("id", id);
    box.put("category_id", category);
    box.put("type", "bbox");
    box.put("points", List.of(List.of(x0, y0), List.of(x1, y1)));
    return box;
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
