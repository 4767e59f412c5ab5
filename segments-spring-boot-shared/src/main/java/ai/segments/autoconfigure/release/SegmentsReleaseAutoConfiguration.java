package ai.segments.autoconfigure.release;

import ai.segments.autoconfigure.SegmentsAutoConfiguration;
import ai.segments.client.SegmentsClient;
import ai.segments.client.export.ReleaseExporter;
import ai.segments.client.release.ReleaseDatasets;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Release datasets and exports on the auto-configured client: a {@link ReleaseDatasets} (the
 * defaults: wait up to 10 minutes, files up to 8 GB in the temporary directory) and a {@link
 * ReleaseExporter}, each unless the application defines its own.
 */
@AutoConfiguration(after = SegmentsAutoConfiguration.class)
@ConditionalOnBean(SegmentsClient.class)
public class SegmentsReleaseAutoConfiguration {

  /** Creates the configuration. */
  public SegmentsReleaseAutoConfiguration() {}

  /**
   * Opens releases on the client.
   *
   * @param client the client
   * @return the release opener
   */
  @Bean
  @ConditionalOnMissingBean
  public ReleaseDatasets segmentsReleaseDatasets(SegmentsClient client) {
    return ReleaseDatasets.builder(client).build();
  }

  /**
   * Exports releases in the SDK's formats.
   *
   * @param client the client
   * @param releases the release opener
   * @return the exporter
   */
  @Bean
  @ConditionalOnMissingBean
  public ReleaseExporter segmentsReleaseExporter(SegmentsClient client, ReleaseDatasets releases) {
    return new ReleaseExporter(client, releases);
  }
}
