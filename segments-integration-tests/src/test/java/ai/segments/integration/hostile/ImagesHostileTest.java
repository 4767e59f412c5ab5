package ai.segments.integration.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.SegmentsClient;
import ai.segments.client.bitmap.PngImages;
import ai.segments.client.bitmap.SegmentationBitmap;
import ai.segments.client.exception.ValidationException;
import ai.segments.client.export.DirectoryExportSink;
import ai.segments.client.export.ExportFormat;
import ai.segments.client.export.ExportOptions;
import ai.segments.client.export.ReleaseExporter;
import ai.segments.client.model.Sample;
import ai.segments.client.model.TaskType;
import ai.segments.client.release.ReleaseDatasets;
import ai.segments.client.release.ReleaseSelection;
import ai.segments.client.request.AddSampleRequest;
import ai.segments.emulator.SegmentsEmulator;
import ai.segments.emulator.SegmentsEmulatorExtension;
import ai.segments.testfixtures.HostileImages;
import ai.segments.testfixtures.SegmentationLabels;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue #22 items 5 to 7 over real HTTP: decompression-bomb label bitmaps, malformed image URLs,
 * malformed images and malformed EXIF data, served by the emulator and exported through the client.
 * Label bitmaps beyond the pixel limit fail the export naming the sample, the size and the limit,
 * before any pixel is decoded; images only measured degrade to "no size" with a warning.
 */
class ImagesHostileTest {

  @RegisterExtension
  static final SegmentsEmulatorExtension EMULATOR =
      new SegmentsEmulatorExtension(SegmentsEmulator.builder().releaseDelay(Duration.ofMillis(20)));

  private static final String RELEASE = "v1";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path out;

  private SegmentsClient client;

  @BeforeEach
  void connect() {
    this.client =
        SegmentsClient.builder()
            .apiKey(SegmentsEmulator.DEMO_API_KEY)
            .apiUrl(EMULATOR.emulator().baseUrl())
            .readTimeout(Duration.ofSeconds(10))
            .build();
  }

  @AfterEach
  void close() {
    this.client.close();
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"12000, 12000", "8000, 8000"})
  void aBombLabelBitmapFailsTheExportNamingTheSampleItsSizeAndTheLimit(int width, int height) {
    byte[] bomb = HostileImages.zeroPng(width, height);
    String dataset = segmentationDataset("bomb.png", upload(bomb, "bomb.png"));

    assertThat(bomb.length).isLessThan(600 * 1024);
    assertThatThrownBy(() -> export(exporter(), dataset, ExportFormat.INSTANCE, defaults()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("the label bitmap of sample bomb.png cannot be used")
        .hasMessageContaining("a " + width + "x" + height + " image")
        .hasMessageContaining("exceeds the limit of 16777216 pixels");
  }

  @Test
  void theLimitComesFromTheOptionsOrElseTheExporter() throws IOException {
    String bitmap = upload(SegmentationBitmap.of(4, 4, new int[16]).toPng(), "label.png");
    String dataset = segmentationDataset("small.png", bitmap);
    ReleaseExporter strict =
        new ReleaseExporter(this.client, ReleaseDatasets.builder(this.client).build(), 15);

    assertThatThrownBy(() -> export(strict, dataset, ExportFormat.INSTANCE, defaults()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("a 4x4 image (16 pixels) exceeds the limit of 15 pixels");
    assertThatThrownBy(
            () -> export(exporter(), dataset, ExportFormat.INSTANCE, defaults().withMaxPixels(15)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("limit of 15 pixels");
    export(strict, dataset, ExportFormat.INSTANCE, defaults().withMaxPixels(16));
    try (Stream<Path> files = Files.walk(this.out)) {
      assertThat(files.filter(file -> file.toString().endsWith(".png"))).isNotEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "a malformed URL, http://exa mple/l.png, the label bitmap URL is malformed",
    "garbage, GARBAGE, not a readable image",
    "a truncated PNG, TRUNCATED, not a readable image"
  })
  void aBrokenLabelBitmapFailsTheExportNamingTheSample(String what, String url, String problem) {
    String bitmapUrl =
        switch (url) {
          case "GARBAGE" ->
              upload("not a png at all".getBytes(StandardCharsets.UTF_8), "garbage.png");
          case "TRUNCATED" -> upload(Arrays.copyOf(smallPng(40, 30), 60), "truncated.png");
          default -> url;
        };
    String dataset = segmentationDataset("broken.png", bitmapUrl);

    assertThatThrownBy(() -> export(exporter(), dataset, ExportFormat.SEMANTIC, defaults()))
        .as(what)
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("the label bitmap of sample broken.png cannot be used")
        .hasMessageContaining(problem);
  }

  @Test
  void malformedImagesAndUrlsHaveNoSizeAndTheExportGoesOn() throws IOException {
    byte[] jpeg = jpeg(30, 20);
    Map<String, String> images = new LinkedHashMap<>();
    images.put("spaced.png", "http://exa mple/x.png");
    images.put(
        "truncated-header.png", upload(Arrays.copyOf(smallPng(40, 30), 20), "truncated.png"));
    images.put(
        "truncated-pixels.png", upload(Arrays.copyOf(smallPng(40, 30), 60), "truncated.png"));
    images.put(
        "garbage.jpg",
        upload("<html>not found</html>".getBytes(StandardCharsets.UTF_8), "garbage.jpg"));
    images.put(
        "huge-offset.jpg",
        upload(
            exif(jpeg, HostileImages.tiffWithIfdOffset(Integer.MAX_VALUE - 3)), "huge-offset.jpg"));
    images.put(
        "turned.jpg", upload(exif(jpeg, HostileImages.orientationTiff(6, true)), "turned.jpg"));
    images.put("fine.png", upload(smallPng(7, 5), "fine.png"));
    String dataset = vectorDataset(images);

    export(exporter(), dataset, ExportFormat.COCO_INSTANCE, defaults());

    Map<String, List<JsonNode>> sizes = new HashMap<>();
    for (JsonNode image : cocoJson().path("images")) {
      sizes.put(
          stem(image.path("file_name").asText()),
          List.of(image.path("width"), image.path("height")));
    }
    assertThat(sizes).hasSize(images.size());
    // The file names follow the URL's extension: none for the malformed URL.
    for (String unreadable : List.of("spaced", "truncated-header", "garbage")) {
      assertThat(sizes.get(unreadable)).as(unreadable).allMatch(JsonNode::isNull);
    }
    // Only the header is read, as the SDK's lazy PIL Image.open does: it has the size.
    assertThat(sizes.get("truncated-pixels")).extracting(JsonNode::asInt).containsExactly(40, 30);
    assertThat(sizes.get("huge-offset")).extracting(JsonNode::asInt).containsExactly(30, 20);
    assertThat(sizes.get("turned")).extracting(JsonNode::asInt).containsExactly(20, 30);
    assertThat(sizes.get("fine")).extracting(JsonNode::asInt).containsExactly(7, 5);
  }

  // ------------------------------------------------------------------------------- fixtures

  private static String stem(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return (dot < 0) ? fileName : fileName.substring(0, dot);
  }

  private static ExportOptions defaults() {
    return ExportOptions.defaults();
  }

  private ReleaseExporter exporter() {
    return new ReleaseExporter(
        this.client,
        ReleaseDatasets.builder(this.client).pollInterval(Duration.ofMillis(20)).build());
  }

  private void export(
      ReleaseExporter exporter, String dataset, ExportFormat format, ExportOptions options) {
    exporter.export(
        dataset,
        RELEASE,
        ReleaseSelection.all(),
        format,
        options,
        new DirectoryExportSink(this.out));
  }

  private JsonNode cocoJson() throws IOException {
    try (Stream<Path> files = Files.walk(this.out)) {
      Path json = files.filter(file -> file.toString().endsWith(".json")).findFirst().orElseThrow();
      return JSON.readTree(json.toFile());
    }
  }

  /** A segmentation dataset with one labeled sample whose bitmap is at {@code bitmapUrl}. */
  private String segmentationDataset(String sampleName, String bitmapUrl) {
    String dataset =
        HostileDatasets.create(this.client, "hostile-images", TaskType.SEGMENTATION_BITMAP);
    Sample sample =
        this.client.addSample(
            dataset, AddSampleRequest.of(sampleName, imageAt(upload(smallPng(4, 4), sampleName))));
    this.client.addLabel(sample.uuid(), "ground-truth", SegmentationLabels.oneInstance(bitmapUrl));
    this.client.addRelease(dataset, RELEASE);
    return dataset;
  }

  /** A vector dataset with one sample per image, each labeled with a box. */
  private String vectorDataset(Map<String, String> images) {
    String dataset = HostileDatasets.create(this.client, "hostile-images", TaskType.VECTOR);
    images.forEach(
        (name, url) -> {
          Sample sample = this.client.addSample(dataset, AddSampleRequest.of(name, imageAt(url)));
          Map<String, Object> box = new LinkedHashMap<>();
          box.put("id", 1);
          box.put("category_id", 1);
          box.put("type", "bbox");
          box.put("points", List.of(List.of(1, 1), List.of(3, 3)));
          this.client.addLabel(
              sample.uuid(),
              "ground-truth",
              Map.of("format_version", "0.1", "annotations", List.of(box)));
        });
    this.client.addRelease(dataset, RELEASE);
    return dataset;
  }

  private static Map<String, Object> imageAt(String url) {
    return Map.of("image", Map.of("url", url));
  }

  private String upload(byte[] content, String name) {
    return this.client.uploadAsset(content, name).url();
  }

  private static byte[] smallPng(int width, int height) {
    return PngImages.toBytes(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB));
  }

  private static byte[] jpeg(int width, int height) {
    ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
    try {
      ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "jpg", jpeg);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return jpeg.toByteArray();
  }

  private static byte[] exif(byte[] jpeg, byte[] tiff) {
    return HostileImages.withExif(jpeg, tiff);
  }
}
