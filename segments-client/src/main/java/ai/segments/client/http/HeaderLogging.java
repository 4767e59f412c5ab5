package ai.segments.client.http;

import java.util.Locale;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Warns, whenever a transport is created, when the HTTP client's own header or wire logging is
 * switched on: it writes every request header, the {@code Authorization} header with the API key
 * included, and offers no way to redact it.
 */
final class HeaderLogging {

  private static final Log LOGGER = LogFactory.getLog(SegmentsHttpTransport.class);

  private HeaderLogging() {}

  /**
   * Whether Apache HttpClient logs headers or the wire: the {@code
   * org.apache.hc.client5.http.headers} or {@code org.apache.hc.client5.http.wire} logger at DEBUG.
   *
   * @return {@code true} if the API key would be logged; a warning was logged then
   */
  static boolean checkApache() {
    boolean on =
        LogFactory.getLog("org.apache.hc.client5.http.headers").isDebugEnabled()
            || LogFactory.getLog("org.apache.hc.client5.http.wire").isDebugEnabled();
    return warn(
        on,
        "the DEBUG level of 'org.apache.hc.client5.http.headers' / 'org.apache.hc.client5.http.wire'");
  }

  /**
   * Whether the JDK HTTP client logs headers: the system property {@code
   * jdk.httpclient.HttpClient.log} with {@code headers}, {@code requests} or {@code all}, or {@code
   * jdk.internal.httpclient.debug=true}.
   *
   * @return {@code true} if the API key would be logged; a warning was logged then
   */
  static boolean checkJdk() {
    String log = System.getProperty("jdk.httpclient.HttpClient.log", "").toLowerCase(Locale.ROOT);
    boolean on =
        log.contains("headers")
            || log.contains("requests")
            || log.contains("all")
            || Boolean.getBoolean("jdk.internal.httpclient.debug");
    return warn(
        on,
        "the system property 'jdk.httpclient.HttpClient.log' or 'jdk.internal.httpclient.debug'");
  }

  private static boolean warn(boolean on, String switchedOnBy) {
    if (on) {
      LOGGER.warn(
          "HTTP header logging is on ("
              + switchedOnBy
              + "): it writes the Authorization header, and with it the Segments API key, to the"
              + " log. Switch it off outside of local debugging.");
    }
    return on;
  }
}
