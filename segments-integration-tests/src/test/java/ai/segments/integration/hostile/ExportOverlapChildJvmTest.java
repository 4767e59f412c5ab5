package ai.segments.integration.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.SegmentsClient;
import ai.segments.emulator.Seed;
import ai.segments.emulator.SegmentsEmulator;
import ai.segments.emulator.SegmentsEmulatorExtension;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #23 in a child JVM ({@link ExportOverlapChild}) with a 64 MB heap and a temporary directory
 * of its own: a release whose decoded bitmaps (128 × 384 × 384 ids, 72 MB) outweigh the heap
 * exports with a concurrency of 8, since at most the read-ahead window is held; a release with a
 * broken bitmap in the middle fails with that sample's error; COCO-like JSON files of many
 * annotations are streamed; afterwards no export thread runs and no temporary file is left.
 */
class ExportOverlapChildJvmTest {

  @RegisterExtension
  static final SegmentsEmulatorExtension EMULATOR =
      new SegmentsEmulatorExtension(SegmentsEmulator.builder().seed(Seed.DEMO));

  private static final int LARGE_RELEASE = 128;
  private static final int CROWDED_SAMPLES = 200;
  private static final int CROWDED_GRID = 20;

  @TempDir Path temp;

  private Path out;

  @Test
  void aLargeReleaseFitsASmallHeapAndABrokenOneLeavesNothingBehind(SegmentsEmulator emulator)
      throws IOException, InterruptedException {
    SegmentsClient client = client(emulator);
    String large = OverlapReleases.segmentation(client, LARGE_RELEASE, 384, Set.of());
    String broken = OverlapReleases.segmentation(client, 30, 16, Set.of(12, 20));

    String output = runChild(emulator, "instance@" + large, "instance@" + broken);

    // Labeled samples: all but every 7th.
    long labeled =
        Stream.iterate(0, i -> i + 1).limit(LARGE_RELEASE).filter(i -> i % 7 != 3).count();
    assertThat(output)
        .contains("release 3 exported: " + labeled + " files")
        .contains(
            "release 4 failed: ValidationException: exportDataset: the label bitmap of sample "
                + OverlapReleases.name(12)
                + " cannot be used");
  }

  /**
   * The COCO-like JSON files are streamed: {@value #CROWDED_SAMPLES} × {@value #CROWDED_GRID}²
   * annotations (their JSON tree, well over a hundred MB, was built whole before the file was
   * written) export in the 64 MB heap as COCO instance and as polygons, and a broken release fails
   * as COCO instance leaving no spool file.
   */
  @Test
  void jsonOfManyAnnotationsIsStreamedInASmallHeapAndAFailureLeavesNoSpoolFile(
      SegmentsEmulator emulator) throws IOException, InterruptedException {
    SegmentsClient client = client(emulator);
    String crowded = OverlapReleases.crowded(client, CROWDED_SAMPLES, CROWDED_GRID);
    String broken = OverlapReleases.segmentation(client, 30, 16, Set.of(12, 20));

    String output =
        runChild(
            emulator, "coco-instance@" + crowded, "polygon@" + crowded, "coco-instance@" + broken);

    assertThat(output)
        .contains("release 3 exported: 1 files")
        .contains("release 4 exported: 1 files")
        .contains("release 5 failed: ValidationException");
    int annotations = CROWDED_SAMPLES * CROWDED_GRID * CROWDED_GRID;
    for (String format : List.of("coco-instance", "polygon")) {
      int release = format.equals("polygon") ? 4 : 3;
      Path json;
      try (Stream<Path> files = Files.walk(this.out.resolve("export-" + release))) {
        json = files.filter(Files::isRegularFile).findFirst().orElseThrow();
      }
      JsonNode root = new ObjectMapper().readTree(json.toFile());
      assertThat(root.path("images")).hasSize(CROWDED_SAMPLES);
      assertThat(root.path("annotations")).as(format).hasSize(annotations);
      assertThat(root.path("annotations").get(annotations - 1).path("id").asInt())
          .isEqualTo(annotations);
    }
  }

  private static SegmentsClient client(SegmentsEmulator emulator) {
    return SegmentsClient.builder().apiKey(emulator.apiKey()).apiUrl(emulator.baseUrl()).build();
  }

  /**
   * Runs {@link ExportOverlapChild} in a 64 MB heap on the releases, checks that it exited 0 with
   * no export thread and no temporary file left, and answers its output.
   */
  private String runChild(SegmentsEmulator emulator, String... releases)
      throws IOException, InterruptedException {
    Path tmp = Files.createDirectory(this.temp.resolve("tmp"));
    this.out = Files.createDirectory(this.temp.resolve("out"));
    Path log = this.temp.resolve("child.log");
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m",
                "-XX:+ExitOnOutOfMemoryError",
                "-Djava.io.tmpdir=" + tmp,
                "-cp",
                System.getProperty("java.class.path"),
                ExportOverlapChild.class.getName(),
                emulator.baseUrl(),
                emulator.apiKey(),
                this.out.toString()));
    command.addAll(List.of(releases));
    Process child =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    boolean exited = child.waitFor(3, TimeUnit.MINUTES);
    if (!exited) {
      child.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    System.out.println(output);

    assertThat(exited).as("the child finished:%n%s", output).isTrue();
    assertThat(child.exitValue()).as("exit status, output:%n%s", output).isZero();
    assertThat(output)
        .contains("max heap ")
        .contains("export threads left: 0")
        .doesNotContain("OutOfMemoryError");
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left).as("temporary files left").isEmpty();
    }
    return output;
  }
}
