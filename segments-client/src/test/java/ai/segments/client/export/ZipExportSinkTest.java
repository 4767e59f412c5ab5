package ai.segments.client.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.exception.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A zip export is whole after {@code finish()}, and unreadable as a zip when closed without. */
class ZipExportSinkTest {

  @TempDir Path directory;

  @Test
  void aFinishedZipHoldsEveryFile() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipExportSink zip = new ZipExportSink(bytes)) {
      write(zip, "export.json", "{}");
      write(zip, "segments/jane_flowers/v1/rose.txt", "0 0.5 0.5 1 1\n");
      zip.finish();
    }

    try (ZipFile file = new ZipFile(save(bytes.toByteArray()).toFile())) {
      assertThat(Collections.list(file.entries()))
          .extracting(ZipEntry::getName)
          .containsExactly("export.json", "segments/jane_flowers/v1/rose.txt");
    }
  }

  @Test
  void aZipClosedWithoutFinishIsNoZipForAnyReader() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipExportSink zip = new ZipExportSink(bytes)) {
      write(zip, "a.txt", "first");
      write(zip, "b.txt", "second");
      // the export fails here: finish() is never called
    }
    byte[] failed = bytes.toByteArray();

    assertThatThrownBy(() -> new ZipFile(save(failed).toFile()).close())
        .isInstanceOf(ZipException.class);
    List<String> read = new ArrayList<>();
    assertThatThrownBy(() -> readThrough(failed, read)).isInstanceOf(IOException.class);
    assertThat(read).containsExactly("a.txt", "b.txt", ZipExportSink.FAILED_ENTRY);
  }

  @Test
  void aFailedExportWithoutAnyFileIsNoZipEither() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new ZipExportSink(bytes).close();

    assertThat(bytes.size()).isPositive();
    assertThatThrownBy(() -> new ZipFile(save(bytes.toByteArray()).toFile()).close())
        .isInstanceOf(ZipException.class);
  }

  @Test
  void closingClosesTheStreamAlsoWhenItFailed() throws IOException {
    ClosingStream out = new ClosingStream();
    new ZipExportSink(out).close();
    assertThat(out.closed).isTrue();

    ClosingStream finished = new ClosingStream();
    try (ZipExportSink zip = new ZipExportSink(finished)) {
      zip.finish();
    }
    assertThat(finished.closed).isTrue();
  }

  @Test
  void entryNamesFollowThePathRuleAndAreWrittenOnce() throws IOException {
    try (ZipExportSink zip = new ZipExportSink(new ByteArrayOutputStream())) {
      assertThatThrownBy(() -> zip.open("segments/o_n/v1/../../../../tmp/x.png"))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("has a \"..\" segment");
      assertThatThrownBy(() -> zip.open("..\\..\\win.png"))
          .isInstanceOf(ValidationException.class)
          .hasMessageContaining("has a backslash");
      write(zip, "frame.txt", "one");
      assertThatThrownBy(() -> zip.open("frame.txt"))
          .isInstanceOf(ZipException.class)
          .hasMessageContaining("duplicate entry");
    }
  }

  private static void write(ExportSink sink, String path, String text) throws IOException {
    try (OutputStream out = sink.open(path)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  private Path save(byte[] bytes) throws IOException {
    return Files.write(this.directory.resolve("export-" + System.nanoTime() + ".zip"), bytes);
  }

  /** Reads every entry to its end, as a streaming unzip would. */
  private static void readThrough(byte[] zip, List<String> names) throws IOException {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        names.add(entry.getName());
        in.transferTo(OutputStream.nullOutputStream());
      }
    }
  }

  /** Remembers whether it was closed. */
  private static final class ClosingStream extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() {
      this.closed = true;
    }
  }
}
