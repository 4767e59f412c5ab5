package ai.segments.testfixtures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The example payloads of the Segments API reference, as this artifact holds them under {@code
 * examples/} on the classpath: the one copy every module's tests read.
 */
public final class ApiExamples {

  private ApiExamples() {}

  /**
   * The file names of all examples, sorted, whether this artifact is a folder or a jar.
   *
   * @return the names, e.g. {@code dataset.json}
   */
  public static List<String> names() {
    try {
      URI folder = ApiExamples.class.getResource("/examples/").toURI();
      if (!"jar".equals(folder.getScheme())) {
        return list(Path.of(folder));
      }
      try (FileSystem jar = FileSystems.newFileSystem(folder, Map.of())) {
        return list(jar.getPath("/examples/"));
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    } catch (URISyntaxException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static List<String> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(file -> file.getFileName().toString()).sorted().toList();
    }
  }

  /**
   * The text of an example.
   *
   * @param name the file name, e.g. {@code dataset.json}
   * @return the text
   * @throws IllegalArgumentException if there is no such example
   */
  public static String text(String name) {
    try (InputStream in = ApiExamples.class.getResourceAsStream("/examples/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No example " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
