package ai.segments.benchmarks;

import ai.segments.client.SegmentsClient;
import ai.segments.client.bitmap.PngImages;
import ai.segments.client.bitmap.SegmentationBitmap;
import ai.segments.client.bitmap.SegmentationBitmaps;
import ai.segments.client.model.Sample;
import ai.segments.client.model.TaskType;
import ai.segments.client.request.AddDatasetRequest;
import ai.segments.client.request.AddSampleRequest;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The releases of the export benchmark, generated deterministically on the emulator through the
 * client (so every image and bitmap URL is on the emulator's origin): a segmentation-bitmap dataset
 * and a bounding-box dataset sharing the same {@value #WIDTH}×{@value #HEIGHT} PNG images, each
 * sample with 5 to 15 instances. Each dataset gets two releases: {@link #BASELINE} after the first
 * samples (for the slow concurrency-1 runs) and {@link #FULL} after all of them. Two more datasets,
 * of the same two kinds, hold a large release ({@link #FULL}) whose sample {@code j} reuses the
 * image, bitmap and instances of sample {@code j mod samples} under its own name: the emulator
 * keeps only the distinct assets, so the large release costs the benchmark's JVM little memory.
 *
 * @param segmentation the segmentation-bitmap dataset, {@code owner/name}
 * @param boxes the bounding-box dataset, {@code owner/name}
 * @param largeSegmentation the large segmentation-bitmap dataset, {@code owner/name}
 * @param largeBoxes the large bounding-box dataset, {@code owner/name}
 */
record ExportReleases(
    String segmentation, String boxes, String largeSegmentation, String largeBoxes) {

  static final String BASELINE = "baseline";
  static final String FULL = "full";
  static final int WIDTH = 640;
  static final int HEIGHT = 480;

  private static final int CATEGORIES = 3;
  private static final int LARGE_CHUNK = 500;

  /** The uploaded assets of one distinct sample. */
  private record Assets(String imageUrl, String bitmapUrl) {}

  /**
   * Generates the datasets: {@code baseline} samples in the first release, all in the second, and
   * the large release of {@code largeSamples} samples.
   */
  static ExportReleases generate(
      SegmentsClient client, int samples, int baseline, int largeSamples) {
    String segmentation = dataset(client, TaskType.SEGMENTATION_BITMAP, "export-bitmaps");
    String boxes = dataset(client, TaskType.BBOXES, "export-boxes");
    SegmentationBitmaps bitmaps = new SegmentationBitmaps(client);
    List<Assets> assets = new ArrayList<>();
    for (int i = 0; i < samples; i++) {
      if (i == baseline) {
        client.addRelease(segmentation, BASELINE);
        client.addRelease(boxes, BASELINE);
      }
      String name = name(i);
      Assets sample =
          new Assets(
              client.uploadAsset(image(i), name).url(),
              bitmaps.upload(bitmap(rectangles(i))).url());
      assets.add(sample);
      addSamples(client, segmentation, boxes, name, sample, rectangles(i));
    }
    if (baseline >= samples) {
      client.addRelease(segmentation, BASELINE);
      client.addRelease(boxes, BASELINE);
    }
    client.addRelease(segmentation, FULL);
    client.addRelease(boxes, FULL);
    String largeSegmentation =
        dataset(client, TaskType.SEGMENTATION_BITMAP, "export-bitmaps-large");
    String largeBoxes = dataset(client, TaskType.BBOXES, "export-boxes-large");
    for (int from = 0; from < largeSamples; from += LARGE_CHUNK) {
      int to = Math.min(largeSamples, from + LARGE_CHUNK);
      List<AddSampleRequest> requests = new ArrayList<>();
      for (int j = from; j < to; j++) {
        requests.add(AddSampleRequest.of(name(j), imageAttributes(assets.get(j % samples))));
      }
      Map<String, String> bitmapUuids = uuids(client.addSamples(largeSegmentation, requests));
      Map<String, String> boxUuids = uuids(client.addSamples(largeBoxes, requests));
      for (int j = from; j < to; j++) {
        int i = j % samples;
        addLabels(
            client, bitmapUuids.get(name(j)), boxUuids.get(name(j)), assets.get(i), rectangles(i));
      }
    }
    client.addRelease(largeSegmentation, FULL);
    client.addRelease(largeBoxes, FULL);
    return new ExportReleases(segmentation, boxes, largeSegmentation, largeBoxes);
  }

  private static String name(int i) {
    return "frame-" + i + ".png";
  }

  private static Map<String, Object> imageAttributes(Assets assets) {
    return Map.of("image", Map.of("url", assets.imageUrl()));
  }

  private static Map<String, String> uuids(List<Sample> samples) {
    Map<String, String> uuids = new HashMap<>();
    samples.forEach(sample -> uuids.put(sample.name(), sample.uuid()));
    return uuids;
  }

  /** One sample in each dataset, with its labels. */
  private static void addSamples(
      SegmentsClient client,
      String segmentation,
      String boxes,
      String name,
      Assets assets,
      List<int[]> rectangles) {
    AddSampleRequest request = AddSampleRequest.of(name, imageAttributes(assets));
    addLabels(
        client,
        client.addSample(segmentation, request).uuid(),
        client.addSample(boxes, request).uuid(),
        assets,
        rectangles);
  }

  /** The bitmap label of the segmentation sample and the boxes of the bounding-box sample. */
  private static void addLabels(
      SegmentsClient client,
      String bitmapSample,
      String boxSample,
      Assets assets,
      List<int[]> rectangles) {
    client.addLabel(
        bitmapSample,
        "ground-truth",
        Map.of(
            "format_version",
            "0.1",
            "segmentation_bitmap",
            Map.of("url", assets.bitmapUrl()),
            "annotations",
            instances(rectangles)));
    client.addLabel(
        boxSample,
        "ground-truth",
        Map.of("format_version", "0.1", "annotations", boxes(rectangles)));
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
