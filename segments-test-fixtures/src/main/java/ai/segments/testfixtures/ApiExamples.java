package ai.segments.testfixtures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The example payloads of the Segments API reference, as this artifact holds them under {@code
 * examples/} on the classpath: the one copy every module's tests read.
 */
public final class ApiExamples {

  private ApiExamples() {}

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
