package ai.segments.client.export;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.bitmap.SegmentationBitmap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The one-pass RLE of every instance of a bitmap gives, for each id, the string of the
 * straightforward encoding of its mask: a column-major scan of {@code bitmap == id}.
 */
class CocoRleTest {

  @Test
  void everyIdOfRandomBitmapsIsEncodedAsTheStraightforwardScanOfItsMask() {
    Random random = new Random(23);
    for (int round = 0; round < 200; round++) {
      int width = 1 + random.nextInt(40);
      int height = 1 + random.nextInt(40);
      int distinct = 1 + random.nextInt(6);
      int[] ids = new int[width * height];
      // Blobs of runs, so that masks have long runs, single pixels, full columns and gaps.
      for (int i = 0; i < ids.length; ) {
        int id = random.nextInt(distinct + 1) * (1 + random.nextInt(3) * 1000);
        int run = 1 + random.nextInt(random.nextBoolean() ? 3 : 2 * height);
        for (int j = 0; j < run && i < ids.length; j++, i++) {
          ids[i] = id;
        }
      }
      SegmentationBitmap bitmap = SegmentationBitmap.of(width, height, ids);

      Map<Integer, String> counts = CocoRle.countsById(bitmap);

      assertThat(counts.keySet()).isEqualTo(bitmap.distinctIds());
      counts.forEach((id, string) -> assertThat(string).isEqualTo(reference(bitmap, id)));
    }
  }

  @Test
  void aMaskTouchingTheStartAndTheEndHasNoEmptyTrailingRun() {
    SegmentationBitmap bitmap = SegmentationBitmap.of(2, 2, new int[] {5, 0, 5, 5});

    // Column-major: 5, 5 | 0, 5 → runs 0, 2, 1, 1.
    assertThat(CocoRle.countsById(bitmap))
        .containsExactly(Map.entry(5, CocoRle.compress(new long[] {0, 2, 1, 1}, 4)));
  }

  /** The mask {@code bitmap == id} scanned column by column, one run at a time. */
  private static String reference(SegmentationBitmap bitmap, int id) {
    List<Long> runs = new ArrayList<>();
    boolean current = false;
    long run = 0;
    for (int x = 0; x < bitmap.width(); x++) {
      for (int y = 0; y < bitmap.height(); y++) {
        boolean inside = bitmap.id(x, y) == id;
        if (inside != current) {
          runs.add(run);
          run = 0;
          current = inside;
        }
        run++;
      }
    }
    runs.add(run);
    return CocoRle.compress(runs.stream().mapToLong(Long::longValue).toArray(), runs.size());
  }
}
