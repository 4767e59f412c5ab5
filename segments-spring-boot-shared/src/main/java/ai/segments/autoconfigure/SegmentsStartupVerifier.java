package ai.segments.autoconfigure;

import ai.segments.client.SegmentsClient;
import ai.segments.client.exception.AuthenticationException;
import ai.segments.client.exception.AuthorizationException;
import ai.segments.client.exception.SegmentsException;
import java.util.OptionalInt;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

/**
 * The Python SDK's handshake at startup ({@code segments.verify-on-startup}): once every singleton
 * exists, calls {@link SegmentsClient#verify()}. A rejected key fails the startup with a {@link
 * SegmentsConfigurationException} (explained by {@link SegmentsConfigurationFailureAnalyzer}); any
 * other failure — the API unreachable, throttling, a timeout — only logs a WARN, so that startup
 * never depends on the API being up. A 426 logs the upgrade advice ({@code verify()} does).
 */
public class SegmentsStartupVerifier implements SmartInitializingSingleton {

  private static final Log LOGGER = LogFactory.getLog(SegmentsStartupVerifier.class);

  private final SegmentsClient client;

  /**
   * Creates the verifier.
   *
   * @param client the client to verify with; best without retries, so an unreachable API delays
   *     startup by one attempt at most
   */
  public SegmentsStartupVerifier(SegmentsClient client) {
    this.client = client;
  }

  /**
   * Verifies the connection and the key.
   *
   * @throws SegmentsConfigurationException when the API rejects the configured key
   */
  @Override
  public void afterSingletonsInstantiated() {
    try {
      this.client.verify();
    } catch (AuthenticationException | AuthorizationException ex) {
      throw rejectedKey(ex);
    } catch (SegmentsException ex) {
      LOGGER.warn(
          "Could not verify the Segments API at "
              + this.client.baseUrl()
              + " at startup ("
              + describe(ex)
              + "); starting anyway, requests will fail until it is reachable.");
    }
  }

  private SegmentsConfigurationException rejectedKey(SegmentsException cause) {
    SegmentsConfigurationException failure =
        new SegmentsConfigurationException(
            "segments.api-key",
            "The Segments API at "
                + this.client.baseUrl()
                + " rejected the configured API key ("
                + describe(cause)
                + ").",
            "Set 'segments.api-key' (or the SEGMENTS_API_KEY environment variable) to a valid"
                + " Segments.ai API key, or point 'segments.api-url' at the right API. To start"
                + " without this check, set 'segments.verify-on-startup=false'.");
    failure.initCause(cause);
    return failure;
  }

  /** The failure's type and HTTP status, if any: never its message, which may quote the API. */
  private static String describe(SegmentsException ex) {
    OptionalInt status = ex.statusCode();
    return ex.getClass().getSimpleName()
        + (status.isPresent() ? ", HTTP " + status.getAsInt() : "");
  }
}
