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
import org.junit.jupiter.params.provider.CsvSource;
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
  @CsvSource({
    "segments.export.max-pixels, 0",
    "segments.export.max-pixels, -5",
    "segments.export.max-pixels, 2147483647",
    "segments.export.concurrency, 0",
    "segments.export.concurrency, -1",
    "segments.export.concurrency, 65"
  })
  void anOutOfRangeValueFailsStartupNamingTheProperty(String property, String value) {
    this.runner
        .withPropertyValues(property + "=" + value)
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(SegmentsConfigurationException.class)
                    .hasMessageContaining(property));
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

  @Test
  void isAbsentWithoutAClient() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(SegmentsReleaseAutoConfiguration.class))
        .run(context -> assertThat(context).doesNotHaveBean(ReleaseDatasets.class));
  }
}
