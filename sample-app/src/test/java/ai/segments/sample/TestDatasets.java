package ai.segments.sample;

import ai.segments.client.SegmentsClient;
import ai.segments.client.bitmap.PngImages;
import ai.segments.client.bitmap.SegmentationBitmap;
import ai.segments.client.bitmap.SegmentationBitmaps;
import ai.segments.client.model.Dataset;
import ai.segments.client.model.Sample;
import ai.segments.client.model.TaskType;
import ai.segments.client.request.AddDatasetRequest;
import ai.segments.client.request.AddSampleRequest;
import ai.segments.testfixtures.SegmentationLabels;
import ai.segments.testfixtures.VectorLabels;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Datasets the export tests create through the client (on the emulator). */
final class TestDatasets {

  private final SegmentsClient client;

  TestDatasets(SegmentsClient client) {
    this.client = client;
  }

  /**
   * The vector fixture: road.png (100×50, two boxes, a polygon) and blank.png (no annotations).
   *
   * @return the dataset, {@code owner/name}
   */
  String boxes(String name) {
    String dataset =
        create(name, TaskType.VECTOR, List.of(category("car", 1), category("sign", 2)));
    Sample road =
        this.client.addSample(dataset, AddSampleRequest.of("road.png", image("road.png", 100, 50)));
    Sample blank =
        this.client.addSample(
            dataset, AddSampleRequest.of("blank.png", image("blank.png", 20, 10)));
    Map<String, Object> polygon = new LinkedHashMap<>();
    polygon.put("id", 3);
    polygon.put("category_id", 2);
    polygon.put("type", "polygon");
    polygon.put("points", List.of(List.of(0, 0), List.of(10, 0), List.of(5, 8)));
    this.client.addLabel(
        road.uuid(),
        "ground-truth",
        VectorLabels.of(
            List.of(
                VectorLabels.box(1, 1, 10, 5, 30, 25),
                VectorLabels.box(2, 2, 50.5, 0, 100, 50),
                polygon)));
    this.client.addLabel(blank.uuid(), "ground-truth", VectorLabels.of(List.of()));
    return dataset;
  }

  /**
   * A segmentation-bitmap dataset of {@code samples} 4×4 samples, each labeled with one instance.
   *
   * @return the dataset, {@code owner/name}, and the URL of each sample's label bitmap
   */
  Bitmaps bitmaps(String name, int samples) {
    String dataset = create(name, TaskType.SEGMENTATION_BITMAP, List.of(category("car", 1)));
    SegmentationBitmaps bitmaps = new SegmentationBitmaps(this.client);
    List<String> urls = new ArrayList<>();
    for (int i = 0; i < samples; i++) {
      Sample sample =
          this.client.addSample(
              dataset, AddSampleRequest.of("s" + i + ".png", image("s" + i + ".png", 4, 4)));
      int[] ids = new int[16];
      ids[i % 16] = 1;
      String url = bitmaps.upload(SegmentationBitmap.of(4, 4, ids)).url();
      urls.add(url);
      this.client.addLabel(sample.uuid(), "ground-truth", SegmentationLabels.oneInstance(url));
    }
    return new Bitmaps(dataset, urls);
  }

  /**
   * A bitmap dataset and its label bitmaps.
   *
   * @param dataset {@code owner/name}
   * @param urls the label bitmap of each sample, in sample order
   */
  record Bitmaps(String dataset, List<String> urls) {}

  private String create(String name, TaskType taskType, List<Map<String, Object>> categories) {
    Dataset created =
        this.client.addDataset(
            AddDatasetRequest.builder(name)
                .taskType(taskType)
                .taskAttributes(Map.of("format_version", "0.1", "categories", categories))
                .build());
    return created.owner().username() + "/" + created.name();
  }

  private Map<String, Object> image(String name, int width, int height) {
    byte[] png = PngImages.toBytes(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB));
    return Map.of("image", Map.of("url", this.client.uploadAsset(png, name).url()));
  }

  private static Map<String, Object> category(String name, int id) {
    return Map.of("name", name, "id", id);
  }
}
