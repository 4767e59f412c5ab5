package ai.segments.client.call;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentsOperationTest {

  @Test
  void localOperationsKeepTheNamesTheirErrorsAlwaysCarried() {
    assertThat(localOperations())
        .extracting(SegmentsOperation::operationName)
        .containsExactly(
            "exportDataset",
            "releaseDataset",
            "loadImage",
            "loadLabelBitmap",
            "segmentationBitmap",
            "transformLabelToEgoCoordinates");
  }

  @Test
  void localOperationsHaveNoRequestOfTheirOwn() {
    assertThat(localOperations())
        .allSatisfy(
            operation -> {
              assertThat(operation.method()).isNull();
              assertThat(operation.uriTemplate()).isNull();
              assertThat(operation.isRepeatable()).isTrue();
            });
  }

  @Test
  void everyCallHasAMethodAndATemplate() {
    assertThat(SegmentsOperation.values())
        .filteredOn(operation -> !operation.isLocal())
        .hasSize(SegmentsOperation.values().length - 6)
        .allSatisfy(
            operation -> {
              assertThat(operation.method()).isNotNull();
              assertThat(operation.uriTemplate()).isNotBlank();
            });
  }

  private static List<SegmentsOperation> localOperations() {
    return Arrays.stream(SegmentsOperation.values()).filter(SegmentsOperation::isLocal).toList();
  }
}
