package ai.segments.autoconfigure.emulator;

import ai.segments.autoconfigure.SegmentsConfigurationException;
import ai.segments.autoconfigure.SegmentsConnectionDetails;
import ai.segments.emulator.SegmentsEmulator;
import java.io.IOException;
import java.net.URL;
import java.util.Locale;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;

/**
 * Starts an embedded {@link SegmentsEmulator} when {@code segments.emulator.enabled=true} and
 * points the auto-configured {@code SegmentsClient} at it through a {@link
 * SegmentsConnectionDetails} bean (its base URL and the demo user's API key).
 *
 * <p>The emulator listens on 127.0.0.1, on {@code segments.emulator.port} or a free port, with the
 * {@code segments.emulator.seed} data (the demo datasets by default) and the {@code
 * segments.emulator.seed-files}, and stops when the context closes. Runs before the starter's
 * auto-configuration so that its connection details win over {@code segments.api-url} and {@code
 * segments.api-key}.
 */
@AutoConfiguration(beforeName = "ai.segments.autoconfigure.SegmentsAutoConfiguration")
@ConditionalOnClass(SegmentsEmulator.class)
@ConditionalOnProperty(prefix = "segments.emulator", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(SegmentsEmulatorProperties.class)
public class SegmentsEmulatorAutoConfiguration {

  private static final String SEED_FILES = "segments.emulator.seed-files";

  private static final Log logger = LogFactory.getLog(SegmentsEmulatorAutoConfiguration.class);

  /**
   * The started emulator; stopped when the context closes.
   *
   * @param properties the emulator settings
   * @return the running emulator
   */
  @Bean(destroyMethod = "stop")
  @ConditionalOnMissingBean
  public SegmentsEmulator segmentsEmulator(SegmentsEmulatorProperties properties) {
    SegmentsEmulator.Builder builder =
        SegmentsEmulator.builder().port(properties.getPort()).seed(properties.getSeed());
    properties.getSeedFiles().forEach(file -> builder.seedFile(url(file)));
    SegmentsEmulator emulator = builder.build().start();
    logger.info(
        "Embedded Segments emulator listening on "
            + emulator.baseUrl()
            + " ("
            + properties.getSeed().name().toLowerCase(Locale.ROOT)
            + " seed)");
    return emulator;
  }

  private static URL url(Resource seedFile) {
    try {
      return seedFile.getURL();
    } catch (IOException e) {
      throw SegmentsConfigurationException.invalidProperty(
          SEED_FILES,
          "names " + seedFile.getDescription() + ", which cannot be found",
          "Point '" + SEED_FILES + "' at existing files, e.g. classpath:seeds/team.json.");
    }
  }

  /**
   * Connection details that point the auto-configured client at the emulator.
   *
   * @param emulator the running emulator
   * @return the connection details
   */
  @Bean
  @ConditionalOnMissingBean(SegmentsConnectionDetails.class)
  public SegmentsConnectionDetails segmentsEmulatorConnectionDetails(SegmentsEmulator emulator) {
    return new EmulatorConnectionDetails(emulator);
  }
}
