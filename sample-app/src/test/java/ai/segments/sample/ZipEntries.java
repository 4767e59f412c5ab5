package ai.segments.sample;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Reads the entries of a downloaded zip, for the export tests. */
final class ZipEntries {

  private ZipEntries() {}

  /** The entries of a zip, by name in the zip's order. */
  static Map<String, byte[]> read(byte[] zip) throws IOException {
    return read(new ByteArrayInputStream(zip));
  }

  /** The entries of a zip stream, by name in the zip's order; closes the stream. */
  static Map<String, byte[]> read(InputStream zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(zip)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }
}
