package ai.segments.client.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The contours of a binary mask exactly as OpenCV's {@code findContours(mask, RETR_LIST,
 * CHAIN_APPROX_SIMPLE)} returns them: Suzuki–Abe border following over the mask framed by one
 * background pixel, in one raster scan with a mark per pixel.
 *
 * <p>A pixel with background to its left starts an outer border, which runs counter-clockwise on
 * screen (down the left side first); a background pixel whose left neighbour is foreground, and not
 * already the right edge of a traced border, starts a hole border at that neighbour, which runs
 * clockwise. Each border keeps only the points where its direction changes, beginning at its start
 * pixel unless the border leaves it in the direction it arrived; borders come last-found first, as
 * RETR_LIST lists them.
 */
final class ContourTracer {

  /**
   * OpenCV's chain codes: 0 east, then counter-clockwise on screen (1 north-east, 2 north, ...).
   */
  private static final int[] DX = {1, 1, 0, -1, -1, -1, 0, 1};

  private static final int[] DY = {0, -1, -1, -1, 0, 1, 1, 1};

  private static final int EAST = 0;

  private static final int WEST = 4;

  private static final byte BACKGROUND = 0;

  private static final byte UNVISITED = 1;

  /** A border pixel whose east neighbour is background seen while following (Suzuki's -NBD). */
  private static final byte RIGHT_BOUND = -2;

  /** Any other border pixel (Suzuki's NBD; OpenCV keeps one value for all borders). */
  private static final byte VISITED = 2;

  private final int stride;
  private final byte[] marks;

  private ContourTracer(boolean[] mask, int width, int height) {
    this.stride = width + 2;
    this.marks = new byte[Math.multiplyExact(this.stride, height + 2)];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        if (mask[y * width + x]) {
          this.marks[(y + 1) * this.stride + x + 1] = UNVISITED;
        }
      }
    }
  }

  /**
   * Every outer and hole border of a mask.
   *
   * @param mask row-major pixels, {@code true} inside
   * @param width the mask width
   * @param height the mask height
   * @return each contour as {@code [x, y]} points, in OpenCV's order
   */
  static List<List<int[]>> contours(boolean[] mask, int width, int height) {
    return new ContourTracer(mask, width, height).trace(width, height);
  }

  private List<List<int[]>> trace(int width, int height) {
    List<List<int[]>> contours = new ArrayList<>();
    for (int y = 1; y <= height; y++) {
      for (int x = 1; x <= width; x++) {
        byte left = at(x - 1, y);
        byte pixel = at(x, y);
        if (pixel == UNVISITED && left == BACKGROUND) {
          contours.add(follow(x, y, WEST));
        } else if (pixel == BACKGROUND && left >= UNVISITED) {
          contours.add(follow(x - 1, y, EAST));
        }
      }
    }
    Collections.reverse(contours);
    return contours;
  }

  /**
   * Follows one border from its start pixel, marking its pixels.
   *
   * @param x0 the start pixel's column, framed coordinates
   * @param y0 the start pixel's row, framed coordinates
   * @param outside the direction of the background pixel that started the border: west for an outer
   *     border, east for a hole
   * @return the border's points where its direction changes, unframed
   */
  private List<int[]> follow(int x0, int y0, int outside) {
    List<int[]> points = new ArrayList<>();
    int s = outside;
    do {
      s = (s + 7) & 7;
    } while (s != outside && at(x0 + DX[s], y0 + DY[s]) == BACKGROUND);
    if (s == outside) {
      set(x0, y0, RIGHT_BOUND);
      points.add(new int[] {x0 - 1, y0 - 1});
      return points;
    }
    int x1 = x0 + DX[s];
    int y1 = y0 + DY[s];
    int x3 = x0;
    int y3 = y0;
    int previous = s ^ 4;
    while (true) {
      int end = s;
      do {
        s = (s + 1) & 7;
      } while (at(x3 + DX[s], y3 + DY[s]) == BACKGROUND);
      boolean passedBackgroundEast = s >= 1 && s <= end;
      if (passedBackgroundEast) {
        set(x3, y3, RIGHT_BOUND);
      } else if (at(x3, y3) == UNVISITED) {
        set(x3, y3, VISITED);
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

  private byte at(int x, int y) {
    return this.marks[y * this.stride + x];
  }

  private void set(int x, int y, byte value) {
    this.marks[y * this.stride + x] = value;
  }
}
