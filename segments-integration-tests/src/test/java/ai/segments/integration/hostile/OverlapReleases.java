package ai.segments.integration.hostile;

import ai.segments.client.SegmentsClient;
import ai.segments.client.bitmap.PngImages;
import ai.segments.client.bitmap.SegmentationBitmap;
import ai.segments.client.bitmap.SegmentationBitmaps;
import ai.segments.client.export.DirectoryExportSink;
import ai.segments.client.export.ExportFormat;
import ai.segments.client.export.ExportOptions;
import ai.segments.client.export.ReleaseExporter;
import ai.segments.client.model.Dataset;
import ai.segments.client.model.Sample;
import ai.segments.client.model.TaskType;
import ai.segments.client.release.ReleaseDatasets;
import ai.segments.client.release.ReleaseSelection;
import ai.segments.client.request.AddDatasetRequest;
import ai.segments.client.request.AddSampleRequest;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * Releases for the overlapped exports of issue #23, larger than the read-ahead window: every sample
 * has its own image size, and neighbours have different bitmaps (uploaded once per shape), so that
 * a sample's media handed to another would show. Every 7th sample is unlabeled and every 11th has
 * an empty {@code annotations} array.
 */
final class OverlapReleases {

  static final String RELEASE = "v1";

  private OverlapReleases() {}

  /** The name of sample {@code i}. */
  static String name(int i) {
    return "s" + i + ".png";
  }

  /**
   * A segmentation-bitmap dataset with a release.
   *
   * @param client the client
   * @param samples how many samples
   * @param bitmapSide the width and height of the bitmaps
   * @param broken the samples whose bitmap URL is a file that is not a PNG
   * @return {@code owner/name}
   */
  static String segmentation(
      SegmentsClient client, int samples, int bitmapSide, Set<Integer> broken) {
    String dataset = create(client, TaskType.SEGMENTATION_BITMAP);
    SegmentationBitmaps bitmaps = new SegmentationBitmaps(client);
    String notAPng = client.uploadAsset("not a png".getBytes(), "broken.png").url();
    Map<Integer, String> uploaded = new HashMap<>();
    for (int i = 0; i < samples; i++) {
      Sample sample = client.addSample(dataset, AddSampleRequest.of(name(i), image(client, i)));
      if (i % 7 == 3) {
        continue;
      }
      List<Map<String, Object>> instances = new ArrayList<>();
      int count = (i % 11 == 5) ? 0 : 1 + i % 4;
      for (int id = 1; id <= count; id++) {
        instances.add(Map.of("id", id, "category_id", 1 + (i + id) % 3));
      }
      String url =
          broken.contains(i) ? notAPng : bitmaps.upload(bitmap(i, count, bitmapSide)).url();
      client.addLabel(
          sample.uuid(),
          "ground-truth",
          Map.of(
              "format_version",
              "0.1",
              "segmentation_bitmap",
              Map.of("url", url),
              "annotations",
              instances));
    }
    client.addRelease(dataset, RELEASE);
    return dataset;
  }

  /**
   * A segmentation-bitmap dataset with a release of crowded samples: each labels {@code grid ×
   * grid} instances of 2 × 2 pixels, one per 3 × 3 cell of a shared bitmap, so that the export's
   * JSON has {@code samples × grid²} annotations while the bitmaps stay small.
   *
   * @param client the client
   * @param samples how many samples
   * @param grid how many instances per row and column
   * @return {@code owner/name}
   */
  static String crowded(SegmentsClient client, int samples, int grid) {
    String dataset = create(client, TaskType.SEGMENTATION_BITMAP);
    int side = 3 * grid;
    int[] ids = new int[side * side];
    List<Map<String, Object>> instances = new ArrayList<>();
    for (int id = 1; id <= grid * grid; id++) {
      int x0 = 3 * ((id - 1) % grid);
      int y0 = 3 * ((id - 1) / grid);
      for (int y = y0; y < y0 + 2; y++) {
        ids[y * side + x0] = id;
        ids[y * side + x0 + 1] = id;
      }
      instances.add(Map.of("id", id, "category_id", 1 + id % 3));
    }
    String bitmap =
        new SegmentationBitmaps(client).upload(SegmentationBitmap.of(side, side, ids)).url();
    Map<String, Object> image = image(client, 0);
    Map<String, Object> label =
        Map.of(
            "format_version",
            "0.1",
            "segmentation_bitmap",
            Map.of("url", bitmap),
            "annotations",
            instances);
    for (int i = 0; i < samples; i++) {
      Sample sample = client.addSample(dataset, AddSampleRequest.of(name(i), image));
      client.addLabel(sample.uuid(), "ground-truth", label);
    }
    client.addRelease(dataset, RELEASE);
    return dataset;
  }

  /**
   * A bounding-box dataset with a release.
   *
   * @param client the client
   * @param samples how many samples
   * @param imageUrl the image URL of sample {@code i}
   * @return {@code owner/name}
   */
  static String boxes(SegmentsClient client, int samples, IntFunction<String> imageUrl) {
    String dataset = create(client, TaskType.BBOXES);
    for (int i = 0; i < samples; i++) {
      Sample sample =
          client.addSample(
              dataset,
              AddSampleRequest.of(name(i), Map.of("image", Map.of("url", imageUrl.apply(i)))));
      if (i % 7 == 3) {
        continue;
      }
      List<Map<String, Object>> boxes = new ArrayList<>();
      int count = (i % 11 == 5) ? 0 : 1 + i % 3;
      for (int id = 1; id <= count; id++) {
        Map<String, Object> box = new LinkedHashMap<>();
        box.put("id", id);
        box.put("category_id", 1 + (i + id) % 3);
        box.put("type", "bbox");
        box.put("points", List.of(List.of(id, i % 5), List.of(id + 3.5, i % 5 + 2)));
        boxes.add(box);
      }
      client.addLabel(
          sample.uuid(), "ground-truth", Map.of("format_version", "0.1", "annotations", boxes));
    }
    client.addRelease(dataset, RELEASE);
    return dataset;
  }

  /** The image of sample {@code i} as a PNG: its own size. */
  static byte[] png(int i) {
    return PngImages.toBytes(new BufferedImage(10 + i % 13, 5 + i % 7, BufferedImage.TYPE_INT_RGB));
  }

  /** An image sample's attributes whose image is uploaded to the emulator. */
  private static Map<String, Object> image(SegmentsClient client, int i) {
    return Map.of("image", Map.of("url", client.uploadAsset(png(i), name(i)).url()));
  }

  /**
   * Instance {@code id} (1 to {@code count}) of sample {@code i}: a rectangle placed by both, the
   * first one with a one-pixel hole.
   */
  private static SegmentationBitmap bitmap(int i, int count, int side) {
    int[] ids = new int[side * side];
    int cell = side / 4;
    for (int id = 1; id <= count; id++) {
      int x0 = ((i + id) % 4) * cell;
      int y0 = (id - 1) * cell;
      for (int y = y0; y < y0 + cell; y++) {
        for (int x = x0; x < x0 + cell + id; x++) {
          ids[y * side + Math.min(x, side - 1)] = id;
        }
      }
      if (id == 1) {
        ids[(y0 + cell / 2) * side + x0 + cell / 2] = 0;
      }
    }
    return SegmentationBitmap.of(side, side, ids);
  }

  private static String create(SegmentsClient client, TaskType taskType) {
    List<Map<String, Object>> categories = new ArrayList<>();
    categories.add(category("car", 1, true));
    categories.add(category("road", 2, false));
    categories.add(category("person", 3, true));
    Dataset dataset =
        client.addDataset(
            AddDatasetRequest.builder("overlap-" + System.nanoTime())
                .taskType(taskType)
                .taskAttributes(Map.of("format_version", "0.1", "categories", categories))
                .build());
    return dataset.owner().username() + "/" + dataset.name();
  }

  private static Map<String, Object> category(String name, int id, boolean instances) {
    Map<String, Object> category = new LinkedHashMap<>();
    category.put("name", name);
    category.put("id", id);
    category.put("color", List.of(40 * id, 255 - 40 * id, 7 * id));
    category.put("has_instances", instances);
    return category;
  }

  /** Exports the release of a dataset into a directory. */
  static void export(
      SegmentsClient client, String dataset, ExportFormat format, ExportOptions options, Path out) {
    new ReleaseExporter(
            client, ReleaseDatasets.builder(client).pollInterval(Duration.ofMillis(20)).build())
        .export(
            dataset,
            RELEASE,
            ReleaseSelection.all(),
            format,
            options,
            new DirectoryExportSink(out));
  }

  /** Every file under a directory, by relative path, with its bytes. */
  static Map<String, byte[]> files(Path root) {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return files;
  }
}
