package ai.segments.integration.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.SegmentsClient;
import ai.segments.client.bitmap.PngImages;
import ai.segments.client.bitmap.SegmentationBitmap;
import ai.segments.client.bitmap.SegmentationBitmaps;
import ai.segments.client.exception.SegmentsException;
import ai.segments.client.exception.ValidationException;
import ai.segments.client.export.DirectoryExportSink;
import ai.segments.client.export.ExportFormat;
import ai.segments.client.export.ExportOptions;
import ai.segments.client.export.ExportSink;
import ai.segments.client.export.ImageSize;
import ai.segments.client.export.ReleaseExporter;
import ai.segments.client.export.ZipExportSink;
import ai.segments.client.model.Sample;
import ai.segments.client.model.TaskType;
import ai.segments.client.release.ReleaseDatasets;
import ai.segments.client.release.ReleaseSelection;
import ai.segments.client.request.AddSampleRequest;
import ai.segments.emulator.SegmentsEmulator;
import ai.segments.emulator.SegmentsEmulatorExtension;
import ai.segments.testfixtures.SegmentationLabels;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 22, items 1 to 3 on the client side, over real HTTP against the emulator: API-supplied
 * names that would climb out of an export (labelset, sample, release and frame names) and two
 * samples with the same label file are refused with a {@link ValidationException} naming the sample
 * before either sink writes anything; nothing is replaced; a failed zip export is not a readable
 * zip.
 */
class ExportNamesHostileTest {

  @RegisterExtension
  static final SegmentsEmulatorExtension EMULATOR =
      new SegmentsEmulatorExtension(SegmentsEmulator.builder().releaseDelay(Duration.ofMillis(20)));

  private static final String RELEASE = "v1";

  /** YOLO options that download nothing. */
  private static final ExportOptions YOLO =
      ExportOptions.defaults().withLoadImages(false).withImageSize(new ImageSize(10, 10));

  @TempDir Path out;

  @Test
  void aLabelsetThatClimbsOutIsRefusedByBothSinks() throws IOException {
    String labelset = "a/../../../../tmp/x";
    String dataset =
        HostileDatasets.create(client(), "hostile-names", TaskType.SEGMENTATION_BITMAP);
    client().addLabelset(dataset, labelset);
    Sample sample = client().addSample(dataset, AddSampleRequest.of("s1.png", image("s1.png")));
    client().addLabel(sample.uuid(), labelset, SegmentationLabels.oneInstance(bitmapUrl()));
    client().addRelease(dataset, RELEASE);

    assertRefusedBeforeAnythingIsWritten(
        sink ->
            exporter()
                .export(
                    dataset,
                    RELEASE,
                    ReleaseSelection.labelset(labelset),
                    ExportFormat.INSTANCE,
                    ExportOptions.defaults(),
                    sink),
        "sample \"s1.png\" (" + sample.uuid() + ") of labelset \"" + labelset + "\"",
        "s1_label_a/../../../../tmp/x_instance.png\" has a \"..\" segment");
  }

  @Test
  void aSampleNamedWithBackslashesIsRefusedByBothSinks() throws IOException {
    String dataset = HostileDatasets.create(client(), "hostile-names", TaskType.VECTOR);
    Sample sample = boxedSample(dataset, "..\\..\\win.png");
    client().addRelease(dataset, RELEASE);

    assertRefusedBeforeAnythingIsWritten(
        sink -> export(dataset, ExportFormat.YOLO, YOLO, sink),
        "sample \"..\\..\\win.png\" (" + sample.uuid() + ")",
        "has a backslash");
  }

  @Test
  void aReleaseNameThatClimbsOutIsRefusedByBothSinks() throws IOException {
    String dataset = HostileDatasets.create(client(), "hostile-names", TaskType.VECTOR);
    boxedSample(dataset, "rose.png");
    String release = "../../r";
    client().addRelease(dataset, release);

    assertRefusedBeforeAnythingIsWritten(
        sink ->
            exporter()
                .export(
                    dataset,
                    release,
                    ReleaseSelection.all(),
                    ExportFormat.COCO_INSTANCE,
                    ExportOptions.defaults().withLoadImages(false),
                    sink),
        "release \"../../r\"",
        "_../../r.json\" has a \"..\" segment");
  }

  @Test
  void yoloFrameNamesThatClimbOutAreRefusedByBothSinks() throws IOException {
    String dataset =
        HostileDatasets.create(client(), "hostile-names", TaskType.IMAGE_VECTOR_SEQUENCE);
    Map<String, Object> frame =
        Map.of("name", "../../../../tmp/y", "image", Map.of("url", "https://example.com/f.png"));
    Sample clip =
        client().addSample(dataset, AddSampleRequest.of("clip", Map.of("frames", List.of(frame))));
    List<Map<String, Object>> labelFrames = List.of(Map.of("annotations", List.of(trackedBox())));
    client().addLabel(clip.uuid(), "ground-truth", sequenceLabel(labelFrames));
    client().addRelease(dataset, RELEASE);

    assertRefusedBeforeAnythingIsWritten(
        sink -> export(dataset, ExportFormat.YOLO, YOLO, sink),
        "sample \"clip\" (" + clip.uuid() + ")",
        "/clip-../../../../tmp/y.txt\" has a \"..\" segment");
  }

  @Test
  void twoSamplesWithTheSameFileNameAreRefusedNamingBoth() throws IOException {
    String dataset = HostileDatasets.create(client(), "hostile-names", TaskType.VECTOR);
    Sample first = boxedSample(dataset, "cam1/frame.png");
    Sample second = boxedSample(dataset, "cam2/frame.png");
    client().addRelease(dataset, RELEASE);

    assertRefusedBeforeAnythingIsWritten(
        sink -> export(dataset, ExportFormat.YOLO, YOLO, sink),
        "sample \"cam1/frame.png\" (" + first.uuid() + ") and sample \"cam2/frame.png\" (",
        second.uuid() + ") would both be exported to \"segments/",
        "/v1/frame.txt\"");
  }

  @Test
  void twoSegmentationSamplesWithTheSameFileNameAreRefusedNamingBoth() throws IOException {
    String dataset =
        HostileDatasets.create(client(), "hostile-names", TaskType.SEGMENTATION_BITMAP);
    for (String name : List.of("cam1/frame.png", "cam2/frame.png")) {
      Sample sample = client().addSample(dataset, AddSampleRequest.of(name, image("frame.png")));
      client().addLabel(sample.uuid(), "ground-truth", SegmentationLabels.oneInstance(bitmapUrl()));
    }
    client().addRelease(dataset, RELEASE);

    assertRefusedBeforeAnythingIsWritten(
        sink -> export(dataset, ExportFormat.COCO_PANOPTIC, ExportOptions.defaults(), sink),
        "sample \"cam1/frame.png\"",
        "would both be exported to",
        "/v1/frame_label_ground-truth_coco-panoptic.png\"");
  }

  @Test
  void ordinaryNamesInFoldersExportUnchangedAndASecondExportReplacesNothing() throws IOException {
    String dataset = HostileDatasets.create(client(), "hostile-names", TaskType.VECTOR);
    boxedSample(dataset, "cam1/frame-1.png");
    boxedSample(dataset, "cam2/frame-2.png");
    client().addRelease(dataset, RELEASE);
    String imageDir = "segments/" + dataset.replace('/', '_') + "/" + RELEASE + "/";
    Path relativeOut = Path.of("").toAbsolutePath().relativize(this.out);

    export(dataset, ExportFormat.YOLO, YOLO, new DirectoryExportSink(relativeOut));
    assertThat(files(this.out))
        .containsExactlyInAnyOrder(imageDir + "frame-1.txt", imageDir + "frame-2.txt");
    String before = Files.readString(this.out.resolve(imageDir + "frame-1.txt"));

    assertThatThrownBy(
            () -> export(dataset, ExportFormat.YOLO, YOLO, new DirectoryExportSink(this.out)))
        .isInstanceOf(UncheckedIOException.class)
        .hasCauseInstanceOf(FileAlreadyExistsException.class);
    assertThat(this.out.resolve(imageDir + "frame-1.txt")).hasContent(before);
  }

  @Test
  void aZipExportThatFailsHalfwayIsNotAReadableZip() throws IOException {
    String dataset =
        HostileDatasets.create(client(), "hostile-names", TaskType.SEGMENTATION_BITMAP);
    String unreachable = EMULATOR.emulator().baseUrl() + "assets/no-such-bitmap.png";
    for (String name : List.of("a.png", "b.png", "c.png")) {
      Sample sample = client().addSample(dataset, AddSampleRequest.of(name, image(name)));
      String url = name.equals("c.png") ? unreachable : bitmapUrl();
      client().addLabel(sample.uuid(), "ground-truth", SegmentationLabels.oneInstance(url));
    }
    client().addRelease(dataset, RELEASE);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    assertThatThrownBy(
            () -> {
              try (ZipExportSink zip = new ZipExportSink(bytes)) {
                export(dataset, ExportFormat.INSTANCE, ExportOptions.defaults(), zip);
                zip.finish();
              }
            })
        .isInstanceOf(SegmentsException.class);

    assertNotAZip(bytes.toByteArray(), 2);
  }

  // ------------------------------------------------------------------------------- helpers

  /** Exports through a directory sink and a zip sink: both refuse before writing a byte. */
  private void assertRefusedBeforeAnythingIsWritten(SinkExport export, String... message)
      throws IOException {
    Path directory = this.out.resolve("export");
    assertThatThrownBy(() -> export.into(new DirectoryExportSink(directory)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContainingAll(message);
    assertThat(files(this.out)).as("nothing written, inside or outside").isEmpty();
    assertThat(directory).doesNotExist();

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    assertThatThrownBy(
            () -> {
              try (ZipExportSink zip = new ZipExportSink(bytes)) {
                export.into(zip);
                zip.finish();
              }
            })
        .isInstanceOf(ValidationException.class)
        .hasMessageContainingAll(message);
    assertNotAZip(bytes.toByteArray(), 0);
  }

  /**
   * Asserts that the bytes are no zip to {@link ZipFile} (no central directory) and that a
   * streaming reader fails after the entries written before the failure and the failure marker.
   */
  private void assertNotAZip(byte[] bytes, int entriesBeforeFailure) throws IOException {
    Path file = Files.write(this.out.resolve("export-" + System.nanoTime() + ".zip"), bytes);
    assertThatThrownBy(() -> new ZipFile(file.toFile()).close()).isInstanceOf(ZipException.class);
    Files.delete(file);
    List<String> names = new ArrayList<>();
    assertThatThrownBy(
            () -> {
              try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                  names.add(entry.getName());
                  in.transferTo(OutputStream.nullOutputStream());
                }
              }
            })
        .isInstanceOf(IOException.class);
    assertThat(names)
        .hasSize(entriesBeforeFailure + 1)
        .last()
        .isEqualTo(ZipExportSink.FAILED_ENTRY);
    names.subList(0, entriesBeforeFailure).forEach(name -> assertThat(name).doesNotContain(".."));
  }

  /** One export into a sink. */
  @FunctionalInterface
  private interface SinkExport {
    void into(ExportSink sink) throws IOException;
  }

  private static SegmentsClient client;

  @BeforeAll
  static void connect() {
    client =
        SegmentsClient.builder()
            .apiKey(EMULATOR.emulator().apiKey())
            .apiUrl(EMULATOR.emulator().baseUrl())
            .readTimeout(Duration.ofSeconds(10))
            .build();
  }

  private static SegmentsClient client() {
    return client;
  }

  private static ReleaseExporter exporter() {
    return new ReleaseExporter(
        client(), ReleaseDatasets.builder(client()).pollInterval(Duration.ofMillis(20)).build());
  }

  private static void export(
      String dataset, ExportFormat format, ExportOptions options, ExportSink sink) {
    exporter().export(dataset, RELEASE, ReleaseSelection.all(), format, options, sink);
  }

  private static Sample boxedSample(String dataset, String name) {
    Sample sample =
        client()
            .addSample(
                dataset,
                AddSampleRequest.of(
                    name, Map.of("image", Map.of("url", "https://example.com/image.png"))));
    client()
        .addLabel(
            sample.uuid(),
            "ground-truth",
            Map.of("format_version", "0.1", "annotations", List.of(box())));
    return sample;
  }

  private static Map<String, Object> box() {
    return Map.of(
        "id", 1, "category_id", 1, "type", "bbox", "points", List.of(List.of(1, 2), List.of(5, 6)));
  }

  private static Map<String, Object> sequenceLabel(List<Map<String, Object>> frames) {
    return Map.of("format_version", "0.2", "frames", frames);
  }

  private static Map<String, Object> trackedBox() {
    Map<String, Object> box = new HashMap<>(box());
    box.put("track_id", 1);
    return box;
  }

  private static Map<String, Object> image(String name) {
    byte[] png = PngImages.toBytes(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB));
    return Map.of("image", Map.of("url", client().uploadAsset(png, name).url()));
  }

  private static String bitmapUrl() {
    return new SegmentationBitmaps(client())
        .upload(SegmentationBitmap.of(2, 2, new int[] {1, 1, 0, 0}))
        .url();
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.relativize(p).toString().replace('\\', '/'))
          .toList();
    }
  }
}
