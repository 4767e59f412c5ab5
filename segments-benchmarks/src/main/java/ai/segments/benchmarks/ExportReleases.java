package ai.segments.benchmarks;

import ai.segments.client.AddDatasetRequest;
import ai.segments.client.AddSampleRequest;
import ai.segments.client.SegmentsClient;
import ai.segments.client.bitmap.PngImages;
import ai.segments.client.bitmap.SegmentationBitmap;
import ai.segments.client.bitmap.SegmentationBitmaps;
import ai.segments.client.model.Sample;
import ai.segments.client.model.TaskType;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The two releases of the export benchmark, generated deterministically on the emulator through the
 * client (so every image and bitmap URL is on the emulator's origin): a segmentation-bitmap dataset
 * and a bounding-box dataset sharing the same {@value #WIDTH}×{@value #HEIGHT} PNG images, each
 * sample with 5 to 15 instances. Each dataset gets two releases: {@link #BASELINE} after the first
 * samples (for the slow concurrency-1 runs) and {@link #FULL} after all of them.
 *
 * @param segmentation the segmentation-bitmap dataset, {@code owner/name}
 * @param boxes the bounding-box dataset, {@code owner/name}
 */
record ExportReleases(String segmentation, String boxes) {

  static final String BASELINE = "baseline";
  static final String FULL = "full";
  static final int WIDTH = 640;
  static final int HEIGHT = 480;

  private static final int CATEGORIES = 3;

  /** Generates both datasets: {@code baseline} samples in the first release, all in the second. */
  static ExportReleases generate(SegmentsClient client, int samples, int baseline) {
    String segmentation = dataset(client, TaskType.SEGMENTATION_BITMAP, "export-bitmaps");
    String boxes = dataset(client, TaskType.BBOXES, "export-boxes");
    SegmentationBitmaps bitmaps = new SegmentationBitmaps(client);
    for (int i = 0; i < samples; i++) {
      if (i == baseline) {
        client.addRelease(segmentation, BASELINE);
        client.addRelease(boxes, BASELINE);
      }
      String name = "frame-" + i + ".png";
      Map<String, Object> image =
          Map.of("image", Map.of("url", client.uploadAsset(image(i), name).url()));
      List<int[]> rectangles = rectangles(i);
      Sample bitmapSample = client.addSample(segmentation, AddSampleRequest.of(name, image));
      String bitmapUrl = bitmaps.upload(bitmap(rectangles)).url();
      client.addLabel(
          bitmapSample.uuid(),
          "ground-truth",
          Map.of(
              "format_version",
              "0.1",
              "segmentation_bitmap",
              Map.of("url", bitmapUrl),
              "annotations",
              instances(rectangles)));
      Sample boxSample = client.addSample(boxes, AddSampleRequest.of(name, image));
      client.addLabel(
          boxSample.uuid(),
          "ground-truth",
          Map.of("format_version", "0.1", "annotations", boxes(rectangles)));
    }
    if (baseline >= samples) {
      client.addRelease(segmentation, BASELINE);
      client.addRelease(boxes, BASELINE);
    }
    client.addRelease(segmentation, FULL);
    client.addRelease(boxes, FULL);
    return new ExportReleases(segmentation, boxes);
  }

  /** The instances of sample {@code i}: 5 to 15 rectangles {x, y, width, height}, seeded by i. */
  private static List<int[]> rectangles(int i) {
    Random random = new Random(i);
    List<int[]> rectangles = new ArrayList<>();
    int count = 5 + random.nextInt(11);
    for (int id = 1; id <= count; id++) {
      int width = 20 + random.nextInt(200);
      int height = 20 + random.nextInt(150);
      rectangles.add(
          new int[] {
            random.nextInt(WIDTH - width), random.nextInt(HEIGHT - height), width, height
          });
    }
    return rectangles;
  }

  /** A smooth image with some texture, so that its PNG is not trivially small. */
  private static byte[] image(int i) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < HEIGHT; y++) {
      for (int x = 0; x < WIDTH; x++) {
        int noise = ((x * 31 + y * 17 + i * 7) * 2654435761L >>> 28) > 8 ? 3 : 0;
        image.setRGB(
            x, y, ((x + i) & 0xff) << 16 | ((y + i) & 0xff) << 8 | ((x + y) & 0xf0) + noise);
      }
    }
    return PngImages.toBytes(image);
  }

  /** The instance id of every pixel: later rectangles cover earlier ones. */
  private static SegmentationBitmap bitmap(List<int[]> rectangles) {
    int[] ids = new int[WIDTH * HEIGHT];
    for (int id = 1; id <= rectangles.size(); id++) {
      int[] r = rectangles.get(id - 1);
      for (int y = r[1]; y < r[1] + r[3]; y++) {
        java.util.Arrays.fill(ids, y * WIDTH + r[0], y * WIDTH + r[0] + r[2], id);
      }
    }
    return SegmentationBitmap.of(WIDTH, HEIGHT, ids);
  }

  private static List<Map<String, Object>> instances(List<int[]> rectangles) {
    List<Map<String, Object>> instances = new ArrayList<>();
    for (int id = 1; id <= rectangles.size(); id++) {
      instances.add(Map.of("id", id, "category_id", 1 + id % CATEGORIES));
    }
    return instances;
  }

  private static List<Map<String, Object>> boxes(List<int[]> rectangles) {
    List<Map<String, Object>> boxes = new ArrayList<>();
    for (int id = 1; id <= rectangles.size(); id++) {
      int[] r = rectangles.get(id - 1);
      Map<String, Object> box = new LinkedHashMap<>();
      box.put("id", id);
      box.put("category_id", 1 + id % CATEGORIES);
      box.put("type", "bbox");
      box.put("points", List.of(List.of(r[0], r[1]), List.of(r[0] + r[2], r[1] + r[3])));
      boxes.add(box);
    }
    return boxes;
  }

  private static String dataset(SegmentsClient client, TaskType taskType, String name) {
    List<Map<String, Object>> categories = new ArrayList<>();
    for (int id = 1; id <= CATEGORIES; id++) {
      Map<String, Object> category = new LinkedHashMap<>();
      category.put("name", "category-" + id);
      category.put("id", id);
      category.put("color", List.of(60 * id, 255 - 60 * id, 30 * id));
      category.put("has_instances", true);
      categories.add(category);
    }
    return client
        .addDataset(
            AddDatasetRequest.builder(name)
                .taskType(taskType)
                .taskAttributes(Map.of("format_version", "0.1", "categories", categories))
                .build())
        .fullName();
  }
}
