package ai.segments.client.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.exception.ValidationException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/** A directory export stays inside its directory, also a relative one, and replaces nothing. */
class DirectoryExportSinkTest {

  @TempDir Path directory;

  @Test
  void theWorkingDirectoryItselfIsAnExportDirectory() throws IOException {
    String folder = "target/export-sink-" + UUID.randomUUID();
    try {
      write(new DirectoryExportSink(Path.of(".")), folder + "/segments/a.txt", "inside");
      assertThat(Path.of(folder, "segments", "a.txt")).hasContent("inside");
    } finally {
      FileSystemUtils.deleteRecursively(Path.of(folder));
    }
  }

  @Test
  void aRelativeDirectoryWorks() throws IOException {
    Path relative = Path.of("").toAbsolutePath().relativize(this.directory);
    write(new DirectoryExportSink(relative), "segments/jane_f/v1/a.txt", "inside");
    assertThat(this.directory.resolve("segments/jane_f/v1/a.txt")).hasContent("inside");
  }

  @Test
  void pathsLeavingTheDirectoryAreRefusedBeforeAnythingIsCreated() throws IOException {
    Path root = Files.createDirectory(this.directory.resolve("export"));
    DirectoryExportSink sink = new DirectoryExportSink(root);

    for (String path :
        new String[] {"../outside.txt", "a/../../outside.txt", "/tmp/x", "..\\..\\win.png"}) {
      assertThatThrownBy(() -> sink.open(path)).isInstanceOf(ValidationException.class);
    }
    try (Stream<Path> files = Files.walk(this.directory)) {
      assertThat(files).containsExactlyInAnyOrder(this.directory, root);
    }
  }

  @Test
  void anExistingFileIsNeverReplaced() throws IOException {
    DirectoryExportSink sink = new DirectoryExportSink(this.directory);
    write(sink, "segments/frame.txt", "first sample");

    assertThatThrownBy(() -> write(sink, "segments/frame.txt", "second sample"))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(this.directory.resolve("segments/frame.txt")).hasContent("first sample");
  }

  private static void write(ExportSink sink, String path, String text) throws IOException {
    try (OutputStream out = sink.open(path)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
