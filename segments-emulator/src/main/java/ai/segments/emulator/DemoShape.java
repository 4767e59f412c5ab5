package ai.segments.emulator;

/**
 * One shape drawn in a demo image: a rectangle, or an ellipse inscribed in that rectangle for the
 * third category ("plant"). Its label box is the rectangle; its label bitmap pixels are exactly the
 * pixels {@link #contains} answers {@code true} for, so boxes, bitmaps and images agree.
 *
 * @param id the instance id (1, 2 or 3), also the track id in sequences
 * @param categoryId the category id (1 object, 2 person, 3 plant)
 * @param x the left edge in pixels
 * @param y the top edge in pixels
 * @param width the width in pixels
 * @param height the height in pixels
 */
record DemoShape(int id, int categoryId, int x, int y, int width, int height) {

  /** The category drawn as an ellipse. */
  static final int ELLIPSE_CATEGORY = 3;

  /** Whether the pixel at column {@code px}, row {@code py} belongs to the shape. */
  boolean contains(int px, int py) {
    if (px < x || py < y || px >= x + width || py >= y + height) {
      return false;
    }
    if (categoryId != ELLIPSE_CATEGORY) {
      return true;
    }
    double dx = (px + 0.5 - x - width / 2.0) / (width / 2.0);
    double dy = (py + 0.5 - y - height / 2.0) / (height / 2.0);
    return dx * dx + dy * dy <= 1.0;
  }
}
