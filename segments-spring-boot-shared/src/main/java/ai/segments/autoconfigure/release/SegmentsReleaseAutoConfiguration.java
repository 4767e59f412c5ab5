package ai.segments.autoconfigure.release;

import ai.segments.autoconfigure.SegmentsAutoConfiguration;
import ai.segments.client.SegmentsClient;
import ai.segments.client.bitmap.SegmentationBitmaps;
import ai.segments.client.export.ReleaseExporter;
import ai.segments.client.release.ReleaseDatasets;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Release datasets and exports on the auto-configured client: a {@link ReleaseDatasets} (the
 * defaults: wait up to 10 minutes, files up to 8 GB in the temporary directory), a {@link
 * ReleaseExporter} and {@link SegmentationBitmaps} within the pixel limit of {@link
 * SegmentsExportProperties}, each unless the application defines its own.
 */
@AutoConfiguration(after = SegmentsAutoConfiguration.class)
@ConditionalOnBean(SegmentsClient.class)
@EnableConfigurationProperties(SegmentsExportProperties.class)
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
   * Exports releases in the SDK's formats; label bitmaps are decoded up to {@code
   * segments.export.max-pixels} and {@code segments.export.concurrency} samples are prepared at
   * once, unless the export's options set their own.
   *
   * @param client the client
   * @param releases the release opener
   * @param properties the export limits
   * @return the exporter
   */
  @Bean
  @ConditionalOnMissingBean
  public ReleaseExporter segmentsReleaseExporter(
      SegmentsClient client, ReleaseDatasets releases, SegmentsExportProperties properties) {
    return new ReleaseExporter(
        client, releases, properties.getMaxPixels(), properties.getConcurrency());
  }

  /**
   * Loads and uploads segmentation bitmaps, decoding up to {@code segments.export.max-pixels}.
   *
   * @param client the client
   * @param properties the export limits
   * @return the bitmap helper
   */
  @Bean
  @ConditionalOnMissingBean
  public SegmentationBitmaps segmentsSegmentationBitmaps(
      SegmentsClient client, SegmentsExportProperties properties) {
    return new SegmentationBitmaps(client, properties.getMaxPixels());
  }
}
