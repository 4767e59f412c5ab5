package ai.segments.client.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.SegmentsClient;
import ai.segments.client.exception.ValidationException;
import ai.segments.client.release.ReleaseDataset;
import ai.segments.client.release.ReleaseDatasets;
import ai.segments.client.release.ReleaseSelection;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pass before an export: hostile names and collisions are refused naming the sample before any
 * file is opened, and ordinary names stay the SDK's. Local release files; nothing is downloaded (no
 * images loaded, no bitmap URLs).
 */
class ExportPlanTest {

  private static final ExportOptions YOLO_OPTIONS =
      ExportOptions.defaults().withLoadImages(false).withImageSize(new ImageSize(10, 10));

  @TempDir Path directory;

  private static final SegmentsClient CLIENT =
      SegmentsClient.builder().apiKey("unused-key").apiUrl("http://127.0.0.1:9/").build();
  private final List<String> opened = new ArrayList<>();
  private final ExportSink recorder =
      path -> {
        this.opened.add(path);
        return OutputStream.nullOutputStream();
      };

  @Test
  void aLabelsetThatClimbsOutIsRefusedNamingTheSample() {
    LocalRelease release =
        new LocalRelease("v1", "segmentation-bitmap", "a/../../../../tmp/x").image("s1.png");

    assertThatThrownBy(() -> export(release, ExportFormat.INSTANCE, ExportOptions.defaults()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("sample \"s1.png\" (uuid-1) of labelset \"a/../../../../tmp/x\"")
        .hasMessageContaining(
            "its path \"segments/jane_flowers/v1/s1_label_a/../../../../tmp/x_instance.png\""
                + " has a \"..\" segment");
    assertThat(this.opened).isEmpty();
  }

  @Test
  void aSampleNameWithBackslashesIsRefused() {
    LocalRelease release =
        new LocalRelease("v1", "vector", "ground-truth").image("..\\..\\win.png");

    assertThatThrownBy(() -> export(release, ExportFormat.YOLO, YOLO_OPTIONS))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("sample \"..\\..\\win.png\"")
        .hasMessageContaining("has a backslash");
    assertThat(this.opened).isEmpty();
  }

  @Test
  void aReleaseNameThatClimbsOutIsRefusedForTheJsonFile() {
    LocalRelease release = new LocalRelease("../../r", "vector", "ground-truth").image("a.png");

    assertThatThrownBy(() -> export(release, ExportFormat.COCO_INSTANCE, ExportOptions.defaults()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(
            "release \"../../r\" of labelset \"ground-truth\" cannot be exported: its path"
                + " \"export_coco-instance_jane_flowers_../../r.json\" has a \"..\" segment");
    assertThat(this.opened).isEmpty();
  }

  @Test
  void frameNamesThatClimbOutAreRefused() {
    LocalRelease release =
        new LocalRelease("v1", "image-vector-sequence", "ground-truth")
            .sequence("clip", "f1", "/../../../../tmp/y");

    assertThatThrownBy(() -> export(release, ExportFormat.YOLO, YOLO_OPTIONS))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("sample \"clip\"")
        .hasMessageContaining("\"segments/jane_flowers/v1/clip-/../../../../tmp/y.txt\"");
    assertThat(this.opened).isEmpty();
  }

  @Test
  void twoSamplesWithTheSameLabelFileAreRefusedNamingBoth() {
    LocalRelease release =
        new LocalRelease("v1", "vector", "ground-truth")
            .image("cam1/frame.png")
            .image("other.png")
            .image("cam2/frame.png");

    assertThatThrownBy(() -> export(release, ExportFormat.YOLO, YOLO_OPTIONS))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(
            "sample \"cam1/frame.png\" (uuid-1) and sample \"cam2/frame.png\" (uuid-3) would both"
                + " be exported to \"segments/jane_flowers/v1/frame.txt\"");
    assertThat(this.opened).isEmpty();
  }

  @Test
  void twoFramesWithTheSameNameAreRefused() {
    LocalRelease release =
        new LocalRelease("v1", "image-vector-sequence", "ground-truth").sequence("clip", "f", "f");

    assertThatThrownBy(() -> export(release, ExportFormat.YOLO, YOLO_OPTIONS))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining(
            "sample \"clip\" (uuid-1) would be exported twice to"
                + " \"segments/jane_flowers/v1/clip-f.txt\"");
  }

  @Test
  void twoSamplesWithTheSameCocoFileNameAreRefused() {
    LocalRelease release =
        new LocalRelease("v1", "vector", "ground-truth").image("rose.jpg").image("rose.png");

    assertThatThrownBy(() -> export(release, ExportFormat.COCO_INSTANCE, ExportOptions.defaults()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("would both be exported to \"segments/jane_flowers/v1/rose.png\"");
  }

  @Test
  void ordinaryNamesInFoldersExportUnderTheSdksNames() throws IOException {
    LocalRelease release =
        new LocalRelease("v1.0", "vector", "ground-truth")
            .image("cam1/frame.png")
            .image("cam2/frame-2.png");

    export(release, ExportFormat.YOLO, YOLO_OPTIONS);
    export(release, ExportFormat.COCO_INSTANCE, ExportOptions.defaults().withLoadImages(false));

    assertThat(this.opened)
        .containsExactly(
            "segments/jane_flowers/v1.0/frame.txt",
            "segments/jane_flowers/v1.0/frame-2.txt",
            "export_coco-instance_jane_flowers_v1.0.json");
  }

  private void export(LocalRelease release, ExportFormat format, ExportOptions options)
      throws IOException {
    ReleaseExporter exporter = new ReleaseExporter(CLIENT, ReleaseDatasets.builder(CLIENT).build());
    try (ReleaseDataset opened =
        ReleaseDataset.open(
            release.write(this.directory), ReleaseSelection.labelset(release.labelset()))) {
      exporter.export(opened, format, options, this.recorder);
    }
  }
}
