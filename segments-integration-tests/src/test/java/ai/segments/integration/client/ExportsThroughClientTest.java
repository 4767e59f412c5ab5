package ai.segments.integration.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.SegmentsClient;
import ai.segments.client.bitmap.PngImages;
import ai.segments.client.bitmap.SegmentationBitmap;
import ai.segments.client.bitmap.SegmentationBitmaps;
import ai.segments.client.exception.ValidationException;
import ai.segments.client.export.DirectoryExportSink;
import ai.segments.client.export.ExportFormat;
import ai.segments.client.export.ExportOptions;
import ai.segments.client.export.ImageSize;
import ai.segments.client.export.ReleaseExporter;
import ai.segments.client.model.Dataset;
import ai.segments.client.model.Sample;
import ai.segments.client.model.TaskType;
import ai.segments.client.release.ReleaseDatasets;
import ai.segments.client.release.ReleaseSelection;
import ai.segments.client.request.AddDatasetRequest;
import ai.segments.client.request.AddSampleRequest;
import ai.segments.testfixtures.SegmentationLabels;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every export format for every task type the SDK exports to it, over real HTTP against the
 * emulator, compared with the hand-derived files in {@code src/test/resources/exports} (see its
 * README for the derivations).
 */
class ExportsThroughClientTest {

  @RegisterExtension
  static final ClientFixture FIXTURE =
      new ClientFixture(builder -> builder.releaseDelay(Duration.ofMillis(50)));

  static final ObjectMapper JSON = new ObjectMapper();
  static final String RELEASE = "v1";

  @TempDir Path out;

  static Stream<Arguments> segmentationExports() {
    List<Arguments> cases = new ArrayList<>();
    for (TaskType type :
        List.of(TaskType.SEGMENTATION_BITMAP, TaskType.SEGMENTATION_BITMAP_HIGHRES)) {
      for (ExportFormat format : ExportFormat.values()) {
        if (format.supports(type.value()) && format != ExportFormat.YOLO) {
          cases.add(Arguments.of(type, format));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{1} of {0}")
  @MethodSource("segmentationExports")
  void segmentationDatasetsExportAsTheSdkWould(TaskType taskType, ExportFormat format)
      throws IOException {
    SegmentsClient jane = FIXTURE.client(ClientFixture.JANE);
    String dataset = segmentationDataset(jane, taskType);

    export(jane, dataset, format, ExportOptions.defaults());

    String name = dataset.substring(dataset.indexOf('/') + 1);
    String imageDir = "segments/jane_" + name + "/" + RELEASE + "/";
    List<String> expectedFiles = new ArrayList<>();
    if (format == ExportFormat.COCO_INSTANCE
        || format == ExportFormat.COCO_PANOPTIC
        || format == ExportFormat.POLYGON) {
      String file = "export_" + format.value() + "_jane_" + name + "_" + RELEASE + ".json";
      expectedFiles.add(file);
      assertThat(json(this.out.resolve(file)))
          .isEqualTo(expectedJson("segmentation/export_" + format.value() + ".json", name));
    }
    JsonNode images = JSON.readTree(resource("segmentation/images.json")).path(format.value());
    for (Map.Entry<String, JsonNode> image : iterable(images)) {
      expectedFiles.add(imageDir + image.getKey());
      assertPixels(this.out.resolve(imageDir + image.getKey()), image.getValue(), format);
    }
    assertThat(files(this.out)).containsExactlyInAnyOrderElementsOf(expectedFiles);
  }

  static Stream<Arguments> vectorExports() {
    return Stream.of(TaskType.VECTOR, TaskType.BBOXES)
        .flatMap(
            type ->
                Stream.of(ExportFormat.COCO_INSTANCE, ExportFormat.YOLO)
                    .map(format -> Arguments.of(type, format)));
  }

  @ParameterizedTest(name = "{1} of {0}")
  @MethodSource("vectorExports")
  void vectorDatasetsExportAsTheSdkWould(TaskType taskType, ExportFormat format)
      throws IOException {
    SegmentsClient jane = FIXTURE.client(ClientFixture.JANE);
    String dataset = vectorDataset(jane, taskType);

    export(jane, dataset, format, ExportOptions.defaults());

    String name = dataset.substring(dataset.indexOf('/') + 1);
    if (format == ExportFormat.YOLO) {
      String file = "segments/jane_" + name + "/" + RELEASE + "/road.txt";
      assertThat(files(this.out)).containsExactly(file);
      assertThat(Files.readString(this.out.resolve(file))).isEqualTo(resource("vector/road.txt"));
    } else {
      String file = "export_coco-instance_jane_" + name + "_" + RELEASE + ".json";
      assertThat(files(this.out)).containsExactly(file);
      assertThat(json(this.out.resolve(file)))
          .isEqualTo(expectedJson("vector/export_coco-instance.json", name));
    }
  }

  @Test
  void imageSequencesExportToYoloPerFrameWithTheGivenImageSize() throws IOException {
    SegmentsClient jane = FIXTURE.client(ClientFixture.JANE);
    String dataset =
        create(
            jane,
            TaskType.IMAGE_VECTOR_SEQUENCE,
            List.of(Map.of("name", "car", "id", 1), Map.of("name", "sign", "id", 2)));
    Map<String, Object> named =
        Map.of("name", "f-a", "image", Map.of("url", "https://example.com/a.png"));
    Map<String, Object> unnamed = Map.of("image", Map.of("url", "https://example.com/b.png"));
    Sample clip =
        jane.addSample(
            dataset, AddSampleRequest.of("clip", Map.of("frames", List.of(named, unnamed))));
    jane.addLabel(
        clip.uuid(),
        "ground-truth",
        Map.of(
            "format_version",
            "0.2",
            "frames",
            List.of(
                Map.of("annotations", List.of(box(1, 1, 10, 5, 30, 25, true))),
                Map.of("annotations", List.of(box(2, 2, 0, 0, 50, 50, true))))));
    jane.addRelease(dataset, RELEASE);

    ExportOptions options = ExportOptions.defaults().withImageSize(new ImageSize(100, 50));
    export(jane, dataset, ExportFormat.YOLO, options);

    String dir =
        "segments/jane_" + dataset.substring(dataset.indexOf('/') + 1) + "/" + RELEASE + "/";
    assertThat(files(this.out))
        .containsExactlyInAnyOrder(dir + "clip-f-a.txt", dir + "clip-00002.txt");
    assertThat(Files.readString(this.out.resolve(dir + "clip-f-a.txt")))
        .isEqualTo(resource("vector/clip-f-a.txt"));
    assertThat(Files.readString(this.out.resolve(dir + "clip-00002.txt")))
        .isEqualTo(resource("vector/clip-00002.txt"));
  }

  @Test
  void polygonsListHoleBordersAsOpenCvDoes() throws IOException {
    SegmentsClient jane = FIXTURE.client(ClientFixture.JANE);
    String dataset =
        create(jane, TaskType.SEGMENTATION_BITMAP, List.of(Map.of("name", "car", "id", 1)));
    Sample ring =
        jane.addSample(dataset, AddSampleRequest.of("ring.png", image(jane, "ring.png", 4, 4)));
    segmentationLabel(
        jane,
        new SegmentationBitmaps(jane),
        ring,
        new int[] {5, 5, 5, 0, 5, 0, 5, 0, 5, 5, 5, 0, 0, 0, 0, 7},
        List.of(instance(5, 1), instance(7, 1)));
    jane.addRelease(dataset, RELEASE);
    FIXTURE.emulator().requestLog().clear();

    export(jane, dataset, ExportFormat.POLYGON, ExportOptions.defaults());

    // The task type is read once, from the dataset, not again from the release file's header.
    assertThat(FIXTURE.emulator().requestLog().entries())
        .extracting(r -> r.operation())
        .containsOnlyOnce("getDataset")
        .contains("storageDownload");

    // OpenCV's findContours(RETR_LIST, CHAIN_APPROX_SIMPLE) on each mask: the ring's 1-pixel hole
    // (found after the outer border) first, then the outer border; the lone pixel squeezed.
    String file =
        files(this.out).stream().filter(f -> f.endsWith(".json")).findFirst().orElseThrow();
    assertThat(json(this.out.resolve(file)).path("annotations").findValues("polygons"))
        .containsExactly(
            JSON.readTree("[[[0, 1], [1, 0], [2, 1], [1, 2]], [[0, 0], [0, 2], [2, 2], [2, 0]]]"),
            JSON.readTree("[[3, 3]]"));
  }

  @Test
  void anUnsupportedFormatIsRefusedBeforeAnyDownload() {
    SegmentsClient jane = FIXTURE.client(ClientFixture.JANE);
    String dataset =
        create(jane, TaskType.POINTCLOUD_CUBOID, List.of(Map.of("name", "car", "id", 1)));
    jane.addRelease(dataset, RELEASE);
    FIXTURE.emulator().requestLog().clear();

    assertThatThrownBy(
            () -> export(jane, dataset, ExportFormat.COCO_PANOPTIC, ExportOptions.defaults()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(
            "datasets of task type pointcloud-cuboid cannot be exported to coco-panoptic");
    // The task type is read once, from the dataset: nothing is downloaded.
    assertThat(FIXTURE.emulator().requestLog().entries())
        .extracting(r -> r.operation())
        .containsExactly("getDataset");
    assertThatThrownBy(() -> export(jane, dataset, ExportFormat.YOLO, ExportOptions.defaults()))
        .isInstanceOf(ValidationException.class);
    assertThat(this.out).isEmptyDirectory();
  }

  // ------------------------------------------------------------------------------- fixtures

  /** Exports the test's release of a dataset into the temporary directory. */
  private void export(
      SegmentsClient client, String dataset, ExportFormat format, ExportOptions options) {
    exporter(client)
        .export(
            dataset,
            RELEASE,
            ReleaseSelection.all(),
            format,
            options,
            new DirectoryExportSink(this.out));
  }

  private static ReleaseExporter exporter(SegmentsClient client) {
    return new ReleaseExporter(
        client, ReleaseDatasets.builder(client).pollInterval(Duration.ofMillis(20)).build());
  }

  /** The segmentation fixture of the README: street (3 instances + an empty one), empty, lane. */
  private static String segmentationDataset(SegmentsClient jane, TaskType taskType) {
    Map<String, Object> car = new LinkedHashMap<>();
    car.put("name", "car");
    car.put("id", 1);
    car.put("color", List.of(255, 0, 0));
    car.put("has_instances", true);
    Map<String, Object> person = new LinkedHashMap<>();
    person.put("name", "person");
    person.put("id", 3);
    person.put("color", List.of(0, 0, 255, 255));
    person.put("has_instances", true);
    String dataset = create(jane, taskType, List.of(car, Map.of("name", "road", "id", 2), person));
    SegmentationBitmaps bitmaps = new SegmentationBitmaps(jane);
    Sample street =
        jane.addSample(dataset, AddSampleRequest.of("street.png", image(jane, "street.png", 4, 4)));
    jane.addSample(dataset, AddSampleRequest.of("empty.png", image(jane, "empty.png", 4, 4)));
    Sample lane =
        jane.addSample(dataset, AddSampleRequest.of("lane.png", image(jane, "lane.png", 4, 4)));
    segmentationLabel(
        jane,
        bitmaps,
        street,
        new int[] {1, 1, 0, 0, 1, 1, 0, 3, 2, 2, 2, 2, 0, 0, 0, 0},
        List.of(instance(1, 1), instance(2, 2), instance(3, 3), instance(4, 2)));
    segmentationLabel(
        jane,
        bitmaps,
        lane,
        new int[] {0, 0, 0, 0, 0, 5, 5, 0, 0, 5, 5, 0, 0, 0, 0, 0},
        List.of(instance(5, 2)));
    jane.addRelease(dataset, RELEASE);
    return dataset;
  }

  /** The vector fixture of the README: road (two boxes, one polygon), blank (no annotations). */
  private static String vectorDataset(SegmentsClient jane, TaskType taskType) {
    String dataset =
        create(
            jane,
            taskType,
            List.of(Map.of("name", "car", "id", 1), Map.of("name", "sign", "id", 2)));
    Sample road =
        jane.addSample(dataset, AddSampleRequest.of("road.png", image(jane, "road.png", 100, 50)));
    Sample blank =
        jane.addSample(dataset, AddSampleRequest.of("blank.png", image(jane, "blank.png", 20, 10)));
    Map<String, Object> polygon = new LinkedHashMap<>();
    polygon.put("id", 3);
    polygon.put("category_id", 2);
    polygon.put("type", "polygon");
    polygon.put("points", List.of(List.of(0, 0), List.of(10, 0), List.of(5, 8)));
    jane.addLabel(
        road.uuid(),
        "ground-truth",
        Map.of(
            "format_version",
            "0.1",
            "annotations",
            List.of(box(1, 1, 10, 5, 30, 25, false), box(2, 2, 50.5, 0, 100, 50, false), polygon)));
    jane.addLabel(
        blank.uuid(), "ground-truth", Map.of("format_version", "0.1", "annotations", List.of()));
    jane.addRelease(dataset, RELEASE);
    return dataset;
  }

  private static String create(
      SegmentsClient jane, TaskType taskType, List<Map<String, Object>> categories) {
    Dataset dataset =
        jane.addDataset(
            AddDatasetRequest.builder(ClientFixture.unique("export"))
                .taskType(taskType)
                .taskAttributes(Map.of("format_version", "0.1", "categories", categories))
                .build());
    return dataset.owner().username() + "/" + dataset.name();
  }

  private static Map<String, Object> image(
      SegmentsClient jane, String name, int width, int height) {
    byte[] png = PngImages.toBytes(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB));
    return Map.of("image", Map.of("url", jane.uploadAsset(png, name).url()));
  }

  private static Map<String, Object> instance(int id, int category) {
    return Map.of("id", id, "category_id", category);
  }

  private static Map<String, Object> box(
      int id, int category, Number x0, Number y0, Number x1, Number y1, boolean track) {
    Map<String, Object> box = new LinkedHashMap<>();
    box.put("id", id);
    box.put("category_id", category);
    box.put("type", "bbox");
    box.put("points", List.of(List.of(x0, y0), List.of(x1, y1)));
    if (track) {
      box.put("track_id", id);
    }
    return box;
  }

  private static void segmentationLabel(
      SegmentsClient jane,
      SegmentationBitmaps bitmaps,
      Sample sample,
      int[] ids,
      List<Map<String, Object>> annotations) {
    String url = bitmaps.upload(SegmentationBitmap.of(4, 4, ids)).url();
    jane.addLabel(sample.uuid(), "ground-truth", SegmentationLabels.of(url, annotations));
  }

  // ------------------------------------------------------------------------------- assertions

  private static void assertPixels(Path png, JsonNode expectedRows, ExportFormat format)
      throws IOException {
    assertThat(png).exists();
    BufferedImage image = ImageIO.read(png.toFile());
    Raster raster = image.getRaster();
    boolean rgb = expectedRows.path(0).path(0).isArray();
    assertThat(raster.getNumBands()).as("bands of %s", png.getFileName()).isEqualTo(rgb ? 3 : 1);
    int bits = image.getColorModel().getComponentSize(0);
    assertThat(bits)
        .as("bit depth of %s", png.getFileName())
        .isEqualTo(format == ExportFormat.INSTANCE ? 16 : 8);
    assertThat(image.getHeight()).isEqualTo(expectedRows.size());
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        JsonNode expected = expectedRows.get(y).get(x);
        int[] actual = raster.getPixel(x, y, new int[raster.getNumBands()]);
        int[] wanted =
            rgb
                ? new int[] {
                  expected.get(0).asInt(), expected.get(1).asInt(), expected.get(2).asInt()
                }
                : new int[] {expected.asInt()};
        assertThat(actual).as("%s pixel (%d, %d)", png.getFileName(), x, y).containsExactly(wanted);
      }
    }
  }

  private static JsonNode expectedJson(String resource, String datasetName) throws IOException {
    return JSON.readTree(
        resource(resource).replace("${dataset}", datasetName).replace("${release}", RELEASE));
  }

  private static JsonNode json(Path file) throws IOException {
    return JSON.readTree(file.toFile());
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .toList();
    }
  }

  private static String resource(String name) {
    try (InputStream in = ExportsThroughClientTest.class.getResourceAsStream("/exports/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
    return node.properties();
  }
}
