package ai.segments.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DatasetProgressTest {

  @Test
  void countsFinishedLabelsAsDoneAndListsEveryStatus() {
    DatasetProgress progress =
        DatasetProgress.of(
            "demo/flowers", Map.of("LABELED", 1L, "REVIEWED", 1L, "REJECTED", 1L, "UNLABELED", 3L));

    assertThat(progress.total()).isEqualTo(6);
    assertThat(progress.done()).isEqualTo(2);
    assertThat(progress.percentDone()).isEqualTo(33.3);
    assertThat(progress.counts())
        .containsEntry("VERIFIED", 0L)
        .containsEntry("UNLABELED", 3L)
        .doesNotContainKey("UNKNOWN")
        .hasSize(9);
  }

  @Test
  void anEmptyDatasetIsZeroPercentDone() {
    DatasetProgress progress = DatasetProgress.of("demo/empty", Map.of());

    assertThat(progress.total()).isZero();
    assertThat(progress.percentDone()).isZero();
  }
}
