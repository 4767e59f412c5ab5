package ai.segments.sample;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.SegmentsClient;
import ai.segments.client.bitmap.SegmentationBitmap;
import ai.segments.client.bitmap.SegmentationBitmaps;
import ai.segments.client.release.ReleaseDataset;
import ai.segments.client.release.ReleaseDatasets;
import ai.segments.client.release.ReleaseSample;
import ai.segments.client.release.ReleaseSelection;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Every export format that applies to each demo release, downloaded over real HTTP from the app on
 * the embedded emulator, with its content checked against the release and the emulator's images and
 * bitmaps.
 */
@DemoAppTest
class DemoReleaseExportsTest {

  private static final String IMAGE_DIR = "segments/demo_%s/v1.0/";
  private static final int CHECKED_PIXEL_SAMPLES = 3;

  private final ObjectMapper json = new ObjectMapper();

  @Autowired private TestRestTemplate http;

  @Autowired private SegmentsClient client;

  @Autowired private ReleaseDatasets releases;

  private SegmentationBitmaps bitmaps;

  @BeforeEach
  void bitmaps() {
    this.bitmaps = new SegmentationBitmaps(this.client);
  }

  @Test
  void theReleaseListOffersEveryApplicableFormatOfEachDemoRelease() {
    ResponseEntity<ReleaseOverview[]> listed =
        this.http.getForEntity("/api/releases", ReleaseOverview[].class);

    assertThat(listed.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, List<String>> formats = new LinkedHashMap<>();
    for (ReleaseOverview release : listed.getBody()) {
      formats.put(
          release.dataset() + " " + release.name(),
          release.exports().stream().map(ExportLink::format).toList());
    }
    assertThat(formats).containsAllEntriesOf(DemoReleaseFormats.BY_RELEASE);
  }

  @Test
  void cocoInstanceImagesHaveTheirRealSize() throws IOException {
    for (String dataset : List.of("flowers", "street-scenes")) {
      List<ReleaseSample> samples = samples(dataset);
      BufferedImage first = image(samples.get(0).attributesJson().path("image").path("url"));

      JsonNode coco = jsonEntry(export(dataset, "coco-instance"), "export_coco-instance_");

      assertThat(coco.path("images")).as(dataset).hasSize(labeled(samples));
      coco.path("images")
          .forEach(
              image -> {
                assertThat(image.path("width").asInt()).isEqualTo(first.getWidth());
                assertThat(image.path("height").asInt()).isEqualTo(first.getHeight());
              });
      assertThat(coco.path("annotations").size())
          .as(dataset)
          .isGreaterThanOrEqualTo(labeled(samples));
    }
  }

  @Test
  void yoloHasOneNonEmptyTextFilePerLabeledImageOrFrame() throws IOException {
    Map<String, byte[]> flowers = export("flowers", "yolo");
    Map<String, byte[]> video = export("greenhouse-video", "yolo");

    assertTextFiles(flowers, labeled(samples("flowers")));
    assertTextFiles(video, 5 * labeled(samples("greenhouse-video")));
    for (ReleaseSample sample : samples("flowers")) {
      if (sample.label() != null) {
        assertThat(flowers)
            .containsKey(String.format(IMAGE_DIR, "flowers") + sample.name() + ".txt");
      }
    }
  }

  @Test
  void instanceAndSemanticPngsHaveTheImageSizeAndLabelsWhereTheBitmapHasThem() throws IOException {
    List<ReleaseSample> labeled =
        samples("street-scenes").stream().filter(s -> s.label() != null).toList();
    for (String format : List.of("instance", "instance-color", "semantic", "semantic-color")) {
      Map<String, byte[]> zip = export("street-scenes", format);
      String suffix = "_label_ground-truth_" + format.replace("-color", "_colored") + ".png";

      assertThat(zip).as(format).hasSize(labeled.size());
      for (int i = 0; i < labeled.size(); i++) {
        ReleaseSample sample = labeled.get(i);
        byte[] png = zip.get(String.format(IMAGE_DIR, "street-scenes") + sample.name() + suffix);
        assertThat(png).as("%s of %s", format, sample.name()).isNotNull();
        BufferedImage exported = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(exported.getWidth()).isEqualTo(320);
        assertThat(exported.getHeight()).isEqualTo(240);
        if (i < CHECKED_PIXEL_SAMPLES) {
          assertLabeledWhereTheBitmapIs(sample, exported, format);
        }
      }
    }
  }

  @Test
  void cocoPanopticReferencesPngsInTheZipAndPolygonsTraceEveryInstance() throws IOException {
    Map<String, byte[]> panoptic = export("street-scenes", "coco-panoptic");
    JsonNode coco = jsonEntry(panoptic, "export_coco-panoptic_");
    int labeled = labeled(samples("street-scenes"));

    assertThat(coco.path("annotations")).hasSize(labeled);
    for (JsonNode annotation : coco.path("annotations")) {
      String name =
          String.format(IMAGE_DIR, "street-scenes") + annotation.path("file_name").asText();
      assertThat(panoptic).containsKey(name);
      BufferedImage png = ImageIO.read(new ByteArrayInputStream(panoptic.get(name)));
      assertThat(png.getWidth()).isEqualTo(320);
      assertThat(annotation.path("segments_info")).isNotEmpty();
    }

    JsonNode polygons = jsonEntry(export("street-scenes", "polygon"), "export_polygon_");
    assertThat(polygons.toString()).contains("\"polygons\":[[");
  }

  private void assertLabeledWhereTheBitmapIs(
      ReleaseSample sample, BufferedImage exported, String format) {
    SegmentationBitmap source =
        this.bitmaps.load(
            sample.labelAttributesJson().path("segmentation_bitmap").path("url").asText());
    int labeledPixels = 0;
    for (int y = 0; y < source.height(); y++) {
      for (int x = 0; x < source.width(); x++) {
        boolean labeled = source.id(x, y) != 0;
        boolean exportedLabeled =
            format.endsWith("-color")
                ? (exported.getRGB(x, y) & 0xffffff) != 0
                : exported.getRaster().getSample(x, y, 0) != 0;
        if (labeled) {
          labeledPixels++;
          assertThat(exportedLabeled).as("%s of %s at %d,%d", format, sample.name(), x, y).isTrue();
        } else if (!format.endsWith("-color")) {
          assertThat(exportedLabeled)
              .as("%s of %s at %d,%d", format, sample.name(), x, y)
              .isFalse();
        }
      }
    }
    assertThat(labeledPixels).isPositive();
  }

  private static void assertTextFiles(Map<String, byte[]> zip, int expected) {
    assertThat(zip).hasSize(expected);
    zip.forEach(
        (name, content) -> {
          assertThat(name).endsWith(".txt");
          assertThat(content).as(name).isNotEmpty();
        });
  }

  private Map<String, byte[]> export(String dataset, String format) throws IOException {
    ResponseEntity<byte[]> response =
        this.http.getForEntity(
            "/api/datasets/demo/" + dataset + "/releases/v1.0/export?format=" + format,
            byte[].class);
    assertThat(response.getStatusCode()).as("%s of %s", format, dataset).isEqualTo(HttpStatus.OK);
    return ZipEntries.read(response.getBody());
  }

  private JsonNode jsonEntry(Map<String, byte[]> zip, String prefix) throws IOException {
    Map.Entry<String, byte[]> entry =
        zip.entrySet().stream()
            .filter(e -> e.getKey().startsWith(prefix))
            .findFirst()
            .orElseThrow();
    return this.json.readTree(entry.getValue());
  }

  private List<ReleaseSample> samples(String dataset) {
    try (ReleaseDataset release =
            this.releases.open(
                "demo/" + dataset, "v1.0", ReleaseSelection.labelset("ground-truth"));
        Stream<ReleaseSample> samples = release.samples()) {
      return samples.toList();
    }
  }

  private static int labeled(List<ReleaseSample> samples) {
    return (int) samples.stream().filter(s -> s.label() != null).count();
  }

  private static BufferedImage image(JsonNode url) throws IOException {
    return ImageIO.read(URI.create(url.asText()).toURL());
  }
}
