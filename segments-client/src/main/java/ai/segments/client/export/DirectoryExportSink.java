package ai.segments.client.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes export files below a directory, creating it and its sub-directories as needed (the SDK's
 * {@code export_folder}). The directory may be relative ({@code Path.of(".")} is the working
 * directory). Every path must pass the export's path rule (relative, {@code /}-separated, no {@code
 * ..}; see {@link ReleaseExporter}), so no file lands outside the directory. A file is never
 * replaced: if it exists already, from an earlier export or from this one, {@link #open} fails with
 * a {@link java.nio.file.FileAlreadyExistsException}, so export into a new or empty directory.
 *
 * @param root the export directory
 */
public record DirectoryExportSink(Path root) implements ExportSink {

  /**
   * Creates a new file below the directory.
   *
   * @param path the relative path, {@code /}-separated
   * @return the stream to write the file to
   * @throws ai.segments.client.exception.ValidationException if the path breaks the export's path
   *     rule
   * @throws java.nio.file.FileAlreadyExistsException if the file exists already
   * @throws IOException if the file cannot be created
   */
  @Override
  public OutputStream open(String path) throws IOException {
    Path base = this.root.toAbsolutePath().normalize();
    Path file = base.resolve(ExportPaths.require(path)).normalize();
    if (!file.startsWith(base) || file.equals(base)) {
      throw new IOException("export path " + path + " leaves the export directory");
    }
    Files.createDirectories(file.getParent());
    return Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
  }
}
