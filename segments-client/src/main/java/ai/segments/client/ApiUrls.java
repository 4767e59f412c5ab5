package ai.segments.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The one rule for API base URLs: {@link SegmentsClient.Builder#build()} applies it, and the Spring
 * Boot starter checks {@code segments.api-url} with it at startup.
 */
public final class ApiUrls {

  private static final Log LOGGER = LogFactory.getLog(SegmentsClient.class);

  /** URLs already warned about, so that every client of one URL does not warn again. */
  private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

  private ApiUrls() {}

  /**
   * Logs a warning, once per URL, when the API key would travel unencrypted: an {@code http} URL
   * whose host is not the loopback interface (where the emulator runs).
   *
   * @param baseUrl the parsed API base URL
   * @return {@code true} if the URL is plain {@code http} to another host
   */
  static boolean warnIfPlainHttp(URI baseUrl) {
    if (!"http".equalsIgnoreCase(baseUrl.getScheme()) || isLoopback(baseUrl.getHost())) {
      return false;
    }
    if (WARNED.size() < 100 && WARNED.add(baseUrl.toString())) {
      LOGGER.warn(
          "The Segments API URL "
              + baseUrl
              + " uses plain http to a host other than loopback: the API key is sent unencrypted."
              + " Use https.");
    }
    return true;
  }

  /**
   * Whether a host names the loopback interface, without resolving it: {@code localhost} (and
   * {@code *.localhost}), {@code 127.0.0.0/8} and {@code ::1}.
   *
   * @param host the host of a URI
   * @return {@code true} for loopback
   */
  static boolean isLoopback(String host) {
    String name = host.toLowerCase(Locale.ROOT);
    return name.equals("localhost")
        || name.endsWith(".localhost")
        || name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}")
        || name.equals("[::1]")
        || name.equals("[0:0:0:0:0:0:0:1]");
  }

  /**
   * Parses an API base URL: absolute, {@code http} or {@code https}, with a host, and without
   * query, fragment or user info (credentials belong in the API key). A trailing slash is added.
   *
   * @param apiUrl the URL
   * @return the normalized URL
   * @throws IllegalArgumentException if the URL is malformed
   */
  public static URI parse(String apiUrl) {
    URI uri;
    try {
      uri = new URI(apiUrl.strip());
    } catch (URISyntaxException ex) {
      throw new IllegalArgumentException("Malformed API URL '" + apiUrl + "': " + ex.getReason());
    }
    String scheme = uri.getScheme();
    if (!"http".equalsIgnoreCase(scheme) && !"https".equalsIgnoreCase(scheme)) {
      throw new IllegalArgumentException(
          "API URL '" + apiUrl + "' must be an absolute http or https URL");
    }
    if (uri.getHost() == null
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null
        || uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException(
          "API URL '" + apiUrl + "' must have a host and no user info, query or fragment");
    }
    String path = (uri.getRawPath() == null) ? "" : uri.getRawPath();
    return path.endsWith("/") ? uri : URI.create(uri.toString() + "/");
  }
}
