package ai.segments.autoconfigure;

import ai.segments.client.SegmentsClient;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Registers the {@link SegmentsStartupVerifier} unless {@code segments.verify-on-startup=false}. It
 * verifies on a client of its own: the configured connection and key, a short read timeout, and no
 * retry or observation interceptors (so it neither delays startup by retries nor shows in the
 * client metrics). Without a configured key there is nothing to verify (the application then
 * provides its own client).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "segments.verify-on-startup", matchIfMissing = true)
public class SegmentsStartupVerificationConfiguration {

  /** The read timeout of the startup check. */
  public static final Duration VERIFY_READ_TIMEOUT = Duration.ofSeconds(5);

  /** Creates the configuration. */
  public SegmentsStartupVerificationConfiguration() {}

  /**
   * The verifier.
   *
   * @param clients starts clients with the auto-configured settings
   * @param connectionDetails checked for a key
   * @return the verifier, or {@code null} (no bean) without a key
   */
  @Bean
  public SegmentsStartupVerifier segmentsStartupVerifier(
      SegmentsClientBuilderFactory clients, SegmentsConnectionDetails connectionDetails) {
    if (!StringUtils.hasText(connectionDetails.apiKey())) {
      return null;
    }
    SegmentsClient client = clients.builder().readTimeout(VERIFY_READ_TIMEOUT).build();
    return new SegmentsStartupVerifier(client);
  }
}
