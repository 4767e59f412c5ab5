package ai.segments.sample;

import ai.segments.client.SegmentsClient;
import ai.segments.client.export.ReleaseExporter;
import ai.segments.client.release.ReleaseDatasets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The release datasets and exporter of the app, on the auto-configured client. */
@Configuration(proxyBeanMethods = false)
public class ReleaseExportConfiguration {

  /** Creates the configuration. */
  public ReleaseExportConfiguration() {}

  /**
   * Opens releases: waits for pending ones, downloads the release file streamed.
   *
   * @param client the Segments client
   * @return the release opener
   */
  @Bean
  public ReleaseDatasets releaseDatasets(SegmentsClient client) {
    return ReleaseDatasets.builder(client).build();
  }

  /**
   * Exports releases in the SDK's formats.
   *
   * @param client the Segments client
   * @param releases the release opener
   * @return the exporter
   */
  @Bean
  public ReleaseExporter releaseExporter(SegmentsClient client, ReleaseDatasets releases) {
    return new ReleaseExporter(client, releases);
  }
}
