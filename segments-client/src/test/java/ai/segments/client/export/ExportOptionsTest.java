package ai.segments.client.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.bitmap.ImageReaders;
import ai.segments.client.exception.ValidationException;
import org.junit.jupiter.api.Test;

/**
 * The pixel limit and concurrency of the export options: the exporter's unless set, and always in
 * range.
 */
class ExportOptionsTest {

  @Test
  void theDefaultsLeaveThePixelLimitToTheExporter() {
    ExportOptions defaults = ExportOptions.defaults();

    assertThat(defaults.maxPixels()).isEqualTo(ExportOptions.EXPORTER_DEFAULT);
    assertThat(defaults.maxPixelsOr(1234)).isEqualTo(1234);
    assertThat(defaults.withMaxPixels(99).maxPixelsOr(1234)).isEqualTo(99);
    assertThat(defaults.withMaxPixels(99).withLoadImages(false).withIdIncrement(1).maxPixels())
        .isEqualTo(99);
  }

  @Test
  void limitsOutOfRangeAreRefused() {
    assertThatThrownBy(() -> ExportOptions.defaults().withMaxPixels(0))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("exportOptions: the pixel limit must be between 1 and");
    assertThatThrownBy(() -> new ExportOptions(0, null, true, -1))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(
            () -> ExportOptions.defaults().withMaxPixels(ImageReaders.LARGEST_MAX_PIXELS + 1))
        .isInstanceOf(ValidationException.class);
  }

  @Test
  void theDefaultsLeaveTheConcurrencyToTheExporter() {
    ExportOptions defaults = ExportOptions.defaults();

    assertThat(defaults.concurrency()).isEqualTo(ExportOptions.EXPORTER_DEFAULT_CONCURRENCY);
    assertThat(defaults.concurrencyOr(8)).isEqualTo(8);
    ExportOptions one = defaults.withConcurrency(1);
    assertThat(one.concurrencyOr(8)).isEqualTo(1);
    assertThat(one.withMaxPixels(99).withLoadImages(false).withIdIncrement(1).concurrency())
        .isEqualTo(1);
    assertThat(new ExportOptions(0, null, true, 0).concurrency())
        .isEqualTo(ExportOptions.EXPORTER_DEFAULT_CONCURRENCY);
  }

  @Test
  void concurrenciesOutOfRangeAreRefused() {
    assertThatThrownBy(() -> ExportOptions.defaults().withConcurrency(0))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("exportOptions: the concurrency must be between 1 and 64");
    assertThatThrownBy(
            () -> ExportOptions.defaults().withConcurrency(ExportOptions.MAX_CONCURRENCY + 1))
        .isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new ExportOptions(0, null, true, 0, -1))
        .isInstanceOf(ValidationException.class);
  }
}
