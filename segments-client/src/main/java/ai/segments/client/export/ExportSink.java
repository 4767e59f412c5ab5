package ai.segments.client.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where an export writes its files, by relative path ({@code export_coco-instance_...json}, {@code
 * segments/jane_flowers/v1.0/rose_label_ground-truth_instance.png}): a directory ({@link
 * DirectoryExportSink}) or a zip stream ({@link ZipExportSink}). {@link ReleaseExporter} checks
 * every path against the export's path rule before anything is written (relative, {@code
 * /}-separated, no empty, {@code .}, {@code ..} or drive-letter segment, no backslash or control
 * character) and passes each path once; both sinks check the rule again and never replace a file.
 */
public interface ExportSink {

  /**
   * Opens a new file; the export writes it completely and closes the stream before opening the next
   * one.
   *
   * @param path the relative path, {@code /}-separated
   * @return the stream to write the file to
   * @throws IOException if the file cannot be created
   */
  OutputStream open(String path) throws IOException;
}
