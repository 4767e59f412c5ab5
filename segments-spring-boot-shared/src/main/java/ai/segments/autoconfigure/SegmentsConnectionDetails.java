package ai.segments.autoconfigure;

import org.springframework.boot.autoconfigure.service.connection.ConnectionDetails;

/**
 * Where the auto-configured {@code SegmentsClient} connects and with which key.
 *
 * <p>By default these come from {@code segments.api-url} and {@code segments.api-key}; a bean of
 * this type (for example the one the embedded emulator registers) takes precedence.
 */
public interface SegmentsConnectionDetails extends ConnectionDetails {

  /**
   * The API base URL, e.g. {@code https://api.segments.ai/}.
   *
   * @return the base URL
   */
  String apiUrl();

  /**
   * The API key. Read on every request, so an implementation may rotate it.
   *
   * @return the API key
   */
  String apiKey();
}
