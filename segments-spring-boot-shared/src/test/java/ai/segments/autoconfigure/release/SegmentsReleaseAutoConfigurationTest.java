package ai.segments.autoconfigure.release;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.autoconfigure.SegmentsAutoConfiguration;
import ai.segments.autoconfigure.SegmentsConfigurationException;
import ai.segments.client.SegmentsClient;
import ai.segments.client.bitmap.ImageReaders;
import ai.segments.client.bitmap.SegmentationBitmaps;
import ai.segments.client.export.ReleaseExporter;
import ai.segments.client.release.ReleaseDatasets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class SegmentsReleaseAutoConfigurationTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  SegmentsAutoConfiguration.class, SegmentsReleaseAutoConfiguration.class))
          .withPropertyValues("segments.api-key=test-key", "segments.verify-on-startup=false");

  @Test
  void providesReleaseDatasetsAndAnExporterOnTheClient() {
    this.runner.run(
        context -> {
          assertThat(context).hasSingleBean(ReleaseDatasets.class);
          assertThat(context).hasSingleBean(ReleaseExporter.class);
        });
  }

  @Test
  void anApplicationsOwnReleaseDatasetsWin() {
    this.runner
        .withBean(
            "releases",
            ReleaseDatasets.class,
            () ->
                ReleaseDatasets.builder(SegmentsClient.builder().apiKey("other").build())
                    .waitTimeout(Duration.ofSeconds(5))
                    .build())
        .run(
            context -> {
              assertThat(context).hasSingleBean(ReleaseDatasets.class);
              assertThat(context).hasBean("releases");
              assertThat(context).hasSingleBean(ReleaseExporter.class);
            });
  }

  @Test
  void theExportPixelLimitDefaultsToTheClientsAndIsAProperty() {
    this.runner.run(
        context -> {
          assertThat(context.getBean(SegmentsExportProperties.class).getMaxPixels())
              .isEqualTo(ImageReaders.DEFAULT_MAX_PIXELS);
          assertThat(context).hasSingleBean(SegmentationBitmaps.class);
        });
    this.runner
        .withPropertyValues("segments.export.max-pixels=1000")
        .run(
            context ->
                assertThat(context.getBean(SegmentsExportProperties.class).getMaxPixels())
                    .isEqualTo(1000));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-5", "2147483647"})
  void anOutOfRangePixelLimitFailsStartupNamingTheProperty(String limit) {
    this.runner
        .withPropertyValues("segments.export.max-pixels=" + limit)
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(SegmentsConfigurationException.class)
                    .hasMessageContaining("segments.export.max-pixels"));
  }

  @Test
  void theExportConcurrencyDefaultsToTheExportersAndIsAProperty() {
    this.runner.run(
        context ->
            assertThat(context.getBean(SegmentsExportProperties.class).getConcurrency())
                .isEqualTo(ReleaseExporter.DEFAULT_CONCURRENCY));
    this.runner
        .withPropertyValues("segments.export.concurrency=1")
        .run(
            context -> {
              assertThat(context.getBean(SegmentsExportProperties.class).getConcurrency())
                  .isEqualTo(1);
              assertThat(context).hasSingleBean(ReleaseExporter.class);
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "65"})
  void anOutOfRangeConcurrencyFailsStartupNamingTheProperty(String concurrency) {
    this.runner
        .withPropertyValues("segments.export.concurrency=" + concurrency)
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(SegmentsConfigurationException.class)
                    .hasMessageContaining("segments.export.concurrency"));
  }

  @Test
  void isAbsentWithoutAClient() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(SegmentsReleaseAutoConfiguration.class))
        .run(context -> assertThat(context).doesNotHaveBean(ReleaseDatasets.class));
  }
}
