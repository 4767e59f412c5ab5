package ai.segments.client.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.bitmap.SegmentationBitmap;
import ai.segments.client.exception.ValidationException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The SDK rules the exports reimplement, with values worked out by hand from the SDK's libraries:
 * pycocotools' {@code rleToString}, Python's {@code :.6f} and {@code os.path.splitext}, and the
 * SDK's {@code COMPATIBLE_TASK_TYPES}.
 */
class ExportRulesTest {

  @Test
  void rleCountsAreCompressedLikePycocotools() {
    // 100 = 3·32 + 4: low group 4 with the continuation bit (4|32)+48 = 'T', then 3+48 = '3'.
    assertThat(CocoRle.compress(new long[] {0, 100}, 2)).isEqualTo("0T3");
    // From the 4th count on, deltas against the count two back; negative deltas end at -1.
    assertThat(CocoRle.compress(new long[] {2, 1, 3, 1, 3, 1, 3, 1, 1}, 9)).isEqualTo("21300000N");
    // A full 10×10 mask: no zeros, then 100 ones.
    SegmentationBitmap full = SegmentationBitmap.of(10, 10, filled(100, 7));
    assertThat(CocoRle.countsById(full)).containsExactly(Map.entry(7, "0T3"));
  }

  @Test
  void yoloNumbersRoundTheExactBinaryValueHalfEvenLikePython() {
    // 2^-7 = 0.0078125 is a true tie at six decimals: Python keeps the even digit.
    assertThat(YoloExport.fixed6(0.0078125)).isEqualTo("0.007812");
    // 5e-7 is stored just below 0.0000005: Python rounds down (String.format would round up).
    assertThat(YoloExport.fixed6(0.0000005)).isEqualTo("0.000000");
    assertThat(YoloExport.fixed6(0.7525)).isEqualTo("0.752500");
    assertThat(YoloExport.fixed6(1.0)).isEqualTo("1.000000");
  }

  @Test
  void fileNamesFollowPythonsSplitext() {
    assertThat(SdkNames.extension("a.b.c")).isEqualTo(".c");
    assertThat(SdkNames.extension(".bashrc")).isEmpty();
    assertThat(SdkNames.extension("dir.d/file")).isEmpty();
    assertThat(SdkNames.labelStem("folder/rose.v2.jpg")).isEqualTo("rose.v2");
    assertThat(SdkNames.imageFileName("rose.jpg", "https://cdn.example.com/x/rose-1.png?sig=a.b"))
        .isEqualTo("rose.png");
    assertThat(SdkNames.imageFileName("rose", null)).isEqualTo("rose");
  }

  @Test
  void formatsSupportTheSdksTaskTypesOnly() {
    assertThat(ExportFormat.COCO_INSTANCE.taskTypes())
        .containsExactlyInAnyOrder(
            "vector", "bboxes", "segmentation-bitmap", "segmentation-bitmap-highres");
    assertThat(ExportFormat.YOLO.taskTypes())
        .containsExactlyInAnyOrder("vector", "bboxes", "image-vector-sequence");
    assertThat(ExportFormat.fromValue("semantic-color")).isEqualTo(ExportFormat.SEMANTIC_COLOR);
    assertThatThrownBy(() -> ExportFormat.YOLO.requireSupports("segmentation-bitmap"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("cannot be exported to yolo");
    assertThatThrownBy(() -> ExportFormat.fromValue("coco"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("unknown export format coco");
  }

  private static int[] filled(int size, int id) {
    int[] ids = new int[size];
    java.util.Arrays.fill(ids, id);
    return ids;
  }
}
