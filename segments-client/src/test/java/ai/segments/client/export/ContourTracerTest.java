package ai.segments.client.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link ContourTracer} against OpenCV's {@code findContours(mask, RETR_LIST,
 * CHAIN_APPROX_SIMPLE)}: a few masks worked out by hand, then every case of {@code
 * contours/opencv-find-contours.json}, which OpenCV itself wrote (generator: {@code
 * contours_truth.py}, kept with the issue #23 notes).
 */
class ContourTracerTest {

  private static final String TRUTH = "/contours/opencv-find-contours.json";

  @Test
  void outerBordersStartAtTheFirstPixelRunDownTheLeftSideAndComeLastFoundFirst() {
    // A 3-pixel column at x=0 and an L at the right: the L is found second, listed first.
    // 8-connected following steps diagonally from (3,1) to (2,2), then east to (3,2) and back up.
    assertThat(trace("#..#", "#..#", "#.##"))
        .containsExactly(List.of(3, 0, 3, 1, 2, 2, 3, 2), List.of(0, 0, 0, 2));
  }

  @Test
  void aHoleIsTracedClockwiseFromThePixelLeftOfItAfterTheOuterBorder() {
    // The hole is found after the outer border (row 1 versus row 0), so it is listed first; it
    // starts at (0,1), left of the background pixel, and goes up-right first.
    assertThat(trace("###", "#.#", "###"))
        .containsExactly(List.of(0, 1, 1, 0, 2, 1, 1, 2), List.of(0, 0, 0, 2, 2, 2, 2, 0));
  }

  @Test
  void anIslandInAHoleIsFoundLastAndListedFirst() {
    // Found in raster order: the outer border (row 0), the hole (row 1), the island (row 2).
    assertThat(trace("#####", "#...#", "#.#.#", "#...#", "#####"))
        .containsExactly(
            List.of(2, 2),
            List.of(0, 1, 1, 0, 3, 0, 4, 1, 4, 3, 3, 4, 1, 4, 0, 3),
            List.of(0, 0, 0, 4, 4, 4, 4, 0));
  }

  @Test
  void equalsOpenCvOnEveryCaseOfTheTruthFile() throws IOException {
    Truth truth;
    try (InputStream in = ContourTracerTest.class.getResourceAsStream(TRUTH)) {
      truth = new ObjectMapper().readValue(in, Truth.class);
    }
    assertThat(truth.cases()).hasSizeGreaterThan(500);
    List<String> mismatches = new ArrayList<>();
    for (Case truthCase : truth.cases()) {
      List<List<Integer>> expected =
          truthCase.contours().stream().map(ContourTracerTest::boxed).toList();
      List<List<Integer>> actual = trace(truthCase.rows().toArray(String[]::new));
      if (!actual.equals(expected)) {
        mismatches.add(truthCase.name() + ": OpenCV " + expected + ", traced " + actual);
      }
    }
    assertThat(mismatches).isEmpty();
  }

  /** The traced contours of a mask drawn with {@code #} inside, each as flat x, y values. */
  private static List<List<Integer>> trace(String... rows) {
    int width = rows.length == 0 ? 0 : rows[0].length();
    boolean[] mask = new boolean[width * rows.length];
    for (int y = 0; y < rows.length; y++) {
      for (int x = 0; x < width; x++) {
        mask[y * width + x] = rows[y].charAt(x) == '#';
      }
    }
    return ContourTracer.contours(mask, width, rows.length).stream()
        .map(contour -> contour.stream().flatMapToInt(Arrays::stream).boxed().toList())
        .toList();
  }

  private static List<Integer> boxed(int[] values) {
    return Arrays.stream(values).boxed().toList();
  }

  /** The file OpenCV wrote: which OpenCV, and the cases. */
  record Truth(String generator, String opencv, List<Case> cases) {}

  /**
   * One mask and OpenCV's contours for it.
   *
   * @param name what the mask shows
   * @param width the mask width
   * @param height the mask height
   * @param rows the mask, {@code #} inside
   * @param contours each contour as flat x, y values
   */
  record Case(String name, int width, int height, List<String> rows, List<int[]> contours) {}
}
