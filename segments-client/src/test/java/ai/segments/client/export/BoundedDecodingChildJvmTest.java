package ai.segments.client.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #22 items 5 and 6 in a 256 MB heap: a child JVM ({@link BoundedDecodingChild}) downloads a
 * 12000x12000 and an 8000x8000 decompression-bomb label bitmap (refused from their headers) and a
 * 500 MB image (measured from its header, never read into memory), without an OutOfMemoryError.
 */
class BoundedDecodingChildJvmTest {

  @TempDir Path temp;

  @Test
  void bombsAreRefusedAndA500MbImageIsMeasuredWithin256Mb()
      throws IOException, InterruptedException {
    Path output = this.temp.resolve("child.log");
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-XX:+ExitOnOutOfMemoryError",
                "-Djava.io.tmpdir=" + this.temp,
                "-cp",
                System.getProperty("java.class.path"),
                BoundedDecodingChild.class.getName())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    boolean exited = child.waitFor(3, TimeUnit.MINUTES);
    if (!exited) {
      child.destroyForcibly();
    }
    String log = Files.readString(output, StandardCharsets.UTF_8);

    assertThat(exited).as("the child finished:%n%s", log).isTrue();
    assertThat(child.exitValue()).as("exit status, output:%n%s", log).isZero();
    assertThat(log)
        .contains("max heap 2")
        .contains(
            "exportDataset: the label bitmap of sample bomb-12000.png cannot be used:"
                + " segmentationBitmap: a 12000x12000 image (144000000 pixels)"
                + " exceeds the limit of 16777216 pixels")
        .contains("refused bomb-8000.png")
        .contains("a 8000x8000 image (64000000 pixels) exceeds the limit of 16777216 pixels")
        .contains("measured huge.png: 20000x25000")
        .doesNotContain("OutOfMemoryError");
    try (var left = Files.list(this.temp)) {
      assertThat(left).as("temporary files left").containsExactly(output);
    }
  }
}
