package ai.segments.client.download;

import java.net.URI;
import java.util.Locale;

/**
 * The origin of a URL: scheme, host and port (the default port of the scheme when the URL names
 * none), compared case-insensitively.
 *
 * @param scheme the scheme in lower case
 * @param host the host in lower case, an IPv6 literal without brackets
 * @param port the port
 */
public record UrlOrigin(String scheme, String host, int port) {

  /**
   * The origin of an absolute URL.
   *
   * @param url the URL
   * @return its origin; {@code null} parts when the URL has none
   */
  public static UrlOrigin of(URI url) {
    String scheme = (url.getScheme() == null) ? null : url.getScheme().toLowerCase(Locale.ROOT);
    return new UrlOrigin(scheme, hostOf(url), portOf(url));
  }

  /**
   * The host of a URL as {@link UrlOrigin} keeps it.
   *
   * @param url the URL
   * @return the host in lower case without IPv6 brackets, or {@code null}
   */
  public static String hostOf(URI url) {
    String host = url.getHost();
    if (host == null) {
      return null;
    }
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    return host.toLowerCase(Locale.ROOT);
  }

  /**
   * The port of a URL, or its scheme's default.
   *
   * @param url the URL
   * @return the port: the URL's, else 443 for https and 80 otherwise
   */
  public static int portOf(URI url) {
    if (url.getPort() != -1) {
      return url.getPort();
    }
    return "https".equalsIgnoreCase(url.getScheme()) ? 443 : 80;
  }

  /**
   * The host and port, as in a {@code Host} header.
   *
   * @return {@code host:port}, an IPv6 host in brackets
   */
  public String hostAndPort() {
    return (this.host != null && this.host.contains(":") ? "[" + this.host + "]" : this.host)
        + ":"
        + this.port;
  }
}
