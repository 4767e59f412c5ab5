package ai.segments.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The identity of this library as sent to the API: its name and the version the build wrote into
 * {@code segments-library.properties}. Every request carries it in the {@code X-source} and {@code
 * User-Agent} headers, and {@code api_status} receives the version as {@code lib_version}.
 *
 * <p>The one home of the library's name and version; applications read the version as {@link
 * ai.segments.client.SegmentsClient#VERSION}, which comes from here. It lives in {@code internal}
 * because the transports' request code reads it, and that code must not depend on the facade.
 */
public final class SegmentsLibrary {

  /** The library's name, as sent in {@code X-source} and {@code User-Agent}. */
  public static final String NAME = "java-spring-boot-starter";

  private static final String VERSION = readVersion();

  private static final String SOURCE = NAME + "/" + VERSION;

  private static final String USER_AGENT = SOURCE + " (Java " + Runtime.version() + ")";

  private SegmentsLibrary() {}

  /**
   * The library version, from the build (e.g. {@code 0.1.0} or {@code 0.2.0-SNAPSHOT}).
   *
   * @return the version
   */
  public static String version() {
    return VERSION;
  }

  /**
   * The value of the {@code X-source} header: the library's name and version.
   *
   * @return e.g. {@code java-spring-boot-starter/0.1.0}
   */
  public static String source() {
    return SOURCE;
  }

  /**
   * The value of the {@code User-Agent} header: the library, its version and the Java runtime.
   *
   * @return e.g. {@code java-spring-boot-starter/0.1.0 (Java 17.0.12)}
   */
  public static String userAgent() {
    return USER_AGENT;
  }

  private static String readVersion() {
    Properties properties = new Properties();
    try (InputStream in =
        SegmentsLibrary.class.getResourceAsStream("segments-library.properties")) {
      if (in == null) {
        throw new IllegalStateException("segments-library.properties is missing from the build");
      }
      properties.load(in);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    String version = properties.getProperty("version", "");
    if (version.isBlank() || version.startsWith("${")) {
      throw new IllegalStateException("segments-library.properties was not filtered by the build");
    }
    return version;
  }
}
