package ai.segments.client.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Outer contours of a binary mask as OpenCV's {@code findContours(mask, RETR_LIST,
 * CHAIN_APPROX_SIMPLE)} traces them (Suzuki–Abe border following): each contour starts at its
 * component's first pixel in raster order and runs counter-clockwise on screen (down the left side
 * first), keeping only the points where the direction changes; contours come last-found first, as
 * OpenCV lists them. Hole borders are not traced.
 */
final class ContourTracer {

  /**
   * OpenCV's chain codes: 0 east, then counter-clockwise on screen (1 north-east, 2 north, ...).
   */
  private static final int[] DX = {1, 1, 0, -1, -1, -1, 0, 1};

  private static final int[] DY = {0, -1, -1, -1, 0, 1, 1, 1};

  private static final int WEST = 4;

  private final int width;
  private final int height;
  private final int[] marks;

  private ContourTracer(boolean[] mask, int width, int height) {
    this.width = width + 2;
    this.height = height + 2;
    this.marks = new int[this.width * this.height];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        this.marks[(y + 1) * this.width + x + 1] = mask[y * width + x] ? 1 : 0;
      }
    }
  }

  /**
   * The outer contours of a mask.
   *
   * @param mask row-major pixels, {@code true} inside
   * @param width the mask width
   * @param height the mask height
   * @return each contour as {@code [x, y]} points
   */
  static List<List<int[]>> outerContours(boolean[] mask, int width, int height) {
    return new ContourTracer(mask, width, height).trace();
  }

  private List<List<int[]>> trace() {
    List<List<int[]>> contours = new ArrayList<>();
    int border = 1;
    for (int y = 1; y < this.height - 1; y++) {
      for (int x = 1; x < this.width - 1; x++) {
        if (at(x, y) == 1 && at(x - 1, y) == 0) {
          border++;
          contours.add(follow(x, y, border));
        }
      }
    }
    Collections.reverse(contours);
    return contours;
  }

  private List<int[]> follow(int x0, int y0, int border) {
    List<int[]> points = new ArrayList<>();
    int s = WEST;
    int first = -1;
    for (int i = 0; i < 8; i++) {
      s = (s + 7) & 7;
      if (at(x0 + DX[s], y0 + DY[s]) != 0) {
        first = s;
        break;
      }
    }
    if (first < 0) {
      set(x0, y0, -border);
      points.add(new int[] {x0 - 1, y0 - 1});
      return points;
    }
    int x1 = x0 + DX[first];
    int y1 = y0 + DY[first];
    int x3 = x0;
    int y3 = y0;
    s = first;
    int previous = first ^ 4;
    while (true) {
      int end = s;
      boolean eastExamined = false;
      do {
        s = (s + 1) & 7;
        eastExamined |= s == 0 && at(x3 + 1, y3) == 0;
      } while (at(x3 + DX[s], y3 + DY[s]) == 0);
      if (eastExamined) {
        set(x3, y3, -border);
      } else if (at(x3, y3) == 1) {
        set(x3, y3, border);
      }
      if (s != previous) {
        points.add(new int[] {x3 - 1, y3 - 1});
        previous = s;
      }
      int x4 = x3 + DX[s];
      int y4 = y3 + DY[s];
      if (x4 == x0 && y4 == y0 && x3 == x1 && y3 == y1) {
        return points;
      }
      x3 = x4;
      y3 = y4;
      s = (s + 4) & 7;
    }
  }

  private int at(int x, int y) {
    return this.marks[y * this.width + x];
  }

  private void set(int x, int y, int value) {
    this.marks[y * this.width + x] = value;
  }
}
