package ai.segments.client.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes export files below a directory, creating sub-directories as needed (the SDK's {@code
 * export_folder}).
 *
 * @param root the export directory
 */
public record DirectoryExportSink(Path root) implements ExportSink {

  @Override
  public OutputStream open(String path) throws IOException {
    Path file = this.root.resolve(path).normalize();
    if (!file.startsWith(this.root.normalize())) {
      throw new IOException("export path " + path + " leaves the export directory");
    }
    Files.createDirectories(file.getParent());
    return Files.newOutputStream(file);
  }
}
