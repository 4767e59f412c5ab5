package ai.segments.client;

import java.net.URI;
import java.net.URISyntaxException;

/** Checks and normalizes API base URLs. */
final class ApiUrls {

  private ApiUrls() {}

  /**
   * Parses an API base URL: absolute, {@code http} or {@code https}, with a host, and without
   * query, fragment or user info (credentials belong in the API key). A trailing slash is added.
   *
   * @param apiUrl the URL
   * @return the normalized URL
   * @throws IllegalArgumentException if the URL is malformed
   */
  static URI parse(String apiUrl) {
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
