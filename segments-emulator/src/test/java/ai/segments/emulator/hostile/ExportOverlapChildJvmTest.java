package ai.segments.emulator.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.SegmentsClient;
import ai.segments.emulator.Seed;
import ai.segments.emulator.SegmentsEmulator;
import ai.segments.emulator.SegmentsEmulatorExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * broken bitmap in the middle fails with that sample's error; afterwards no export thread runs and
 * no temporary file is left.
 */
class ExportOverlapChildJvmTest {

  @RegisterExtension
  static final SegmentsEmulatorExtension EMULATOR =
      new SegmentsEmulatorExtension(SegmentsEmulator.builder().seed(Seed.DEMO));

  private static final int LARGE_RELEASE = 128;

  @TempDir Path temp;

  @Test
  void aLargeReleaseFitsASmallHeapAndABrokenOneLeavesNothingBehind(SegmentsEmulator emulator)
      throws IOException, InterruptedException {
    SegmentsClient client =
        SegmentsClient.builder().apiKey(emulator.apiKey()).apiUrl(emulator.baseUrl()).build();
    String large = OverlapReleases.segmentation(client, LARGE_RELEASE, 384, Set.of());
    String broken = OverlapReleases.segmentation(client, 30, 16, Set.of(12, 20));
    Path tmp = Files.createDirectory(this.temp.resolve("tmp"));
    Path out = Files.createDirectory(this.temp.resolve("out"));
    Path log = this.temp.resolve("child.log");

    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m",
                "-XX:+ExitOnOutOfMemoryError",
                "-Djava.io.tmpdir=" + tmp,
                "-cp",
                System.getProperty("java.class.path"),
                ExportOverlapChild.class.getName(),
                emulator.baseUrl(),
                emulator.apiKey(),
                out.toString(),
                large,
                broken)
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    boolean exited = child.waitFor(3, TimeUnit.MINUTES);
    if (!exited) {
      child.destroyForcibly();
    }
    String output = Files.readString(log, StandardCharsets.UTF_8);
    System.out.println(output);

    assertThat(exited).as("the child finished:%n%s", output).isTrue();
    assertThat(child.exitValue()).as("exit status, output:%n%s", output).isZero();
    // Labeled samples: all but every 7th.
    long labeled =
        Stream.iterate(0, i -> i + 1).limit(LARGE_RELEASE).filter(i -> i % 7 != 3).count();
    assertThat(output)
        .contains("max heap ")
        .contains("release 3 exported: " + labeled + " files")
        .contains(
            "release 4 failed: ValidationException: exportDataset: the label bitmap of sample "
                + OverlapReleases.name(12)
                + " cannot be used")
        .contains("export threads left: 0")
        .doesNotContain("OutOfMemoryError");
    try (Stream<Path> left = Files.list(tmp)) {
      assertThat(left).as("temporary files left").isEmpty();
    }
  }
}
