package ai.segments.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * What one demo image (or video frame) shows: one to three shapes side by side that never overlap,
 * on a {@value #WIDTH}×{@value #HEIGHT} canvas. A pure function of the dataset name, the sample
 * index and the frame, so the seed's labels and the images served later are drawn from the same
 * scene without storing either; in a sequence the shapes move down a few pixels per frame.
 *
 * @param shapes the shapes, ids 1..n from left to right
 */
record DemoScene(List<DemoShape> shapes) {

  /** Image width in pixels. */
  static final int WIDTH = 320;

  /** Image height in pixels. */
  static final int HEIGHT = 240;

  /** Frames whose scenes still move; later frames repeat the last position. */
  static final int MOVING_FRAMES = 5;

  private static final int STEP = 5;
  private static final int MARGIN = 8;

  /**
   * The scene of an image or frame.
   *
   * @param dataset the demo dataset's name
   * @param index the sample's index in the dataset
   * @param frame the frame number, 0 for single images
   * @return the scene
   */
  static DemoScene of(String dataset, int index, int frame) {
    Random random = new Random(31L * dataset.hashCode() + index);
    int count = 1 + random.nextInt(3);
    int column = WIDTH / count;
    int drop = Math.min(frame, MOVING_FRAMES - 1) * STEP;
    List<DemoShape> shapes = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int width = 30 + random.nextInt(column - 30 - 2 * MARGIN);
      int height = 40 + random.nextInt(HEIGHT / 2);
      int x = i * column + MARGIN + random.nextInt(column - width - 2 * MARGIN + 1);
      int lowestY = HEIGHT - height - MARGIN - (MOVING_FRAMES - 1) * STEP;
      int y = MARGIN + random.nextInt(lowestY - MARGIN + 1) + drop;
      shapes.add(new DemoShape(i + 1, 1 + random.nextInt(3), x, y, width, height));
    }
    return new DemoScene(List.copyOf(shapes));
  }

  /** The id of the shape covering a pixel, 0 for the background. */
  int idAt(int px, int py) {
    for (DemoShape shape : shapes) {
      if (shape.contains(px, py)) {
        return shape.id();
      }
    }
    return 0;
  }
}
