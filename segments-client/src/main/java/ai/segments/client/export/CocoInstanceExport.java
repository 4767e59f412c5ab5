package ai.segments.client.export;

import ai.segments.client.bitmap.SegmentationBitmap;
import ai.segments.client.release.ReleaseSample;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The SDK's {@code export_coco_instance}: one JSON file with the categories, an image per labeled
 * sample and an annotation per instance — for bitmaps a box, an RLE mask and the area of its
 * pixels; for vector labels a box, keypoints or polygon points.
 */
final class CocoInstanceExport extends CocoJsonExport {

  private static final Log LOGGER = LogFactory.getLog(CocoInstanceExport.class);

  CocoInstanceExport() {
    super(ExportFormat.COCO_INSTANCE);
  }

  @Override
  boolean readsBitmaps(ExportContext context) {
    return ExportFormat.INSTANCE.supports(context.header().taskType());
  }

  @Override
  public void export(ExportContext context, Iterator<ReleaseSample> samples) {
    boolean bitmaps = readsBitmaps(context);
    ObjectNode root = context.mapper().createObjectNode();
    CocoImages.info(context, root);
    root.set("categories", context.mapper().valueToTree(context.header().categories()));
    ArrayNode images = root.putArray("images");
    ArrayNode annotations = root.putArray("annotations");
    AtomicInteger annotationId = new AtomicInteger(1);
    CocoImages.forEachLabeled(
        context,
        samples,
        images,
        (sample, imageId, instances) -> {
          SegmentationBitmap bitmap = bitmaps ? context.media().bitmap(sample).orElse(null) : null;
          Map<Integer, Regions.Region> regions = (bitmap != null) ? Regions.of(bitmap) : Map.of();
          for (JsonNode instance : instances) {
            ObjectNode annotation = context.mapper().createObjectNode();
            annotation.put("id", annotationId.get()).put("image_id", imageId);
            annotation.set("category_id", instance.path("category_id"));
            boolean kept =
                bitmaps
                    ? addMask(
                        annotation, bitmap, regions.get(instance.path("id").asInt()), instance)
                    : addVector(annotation, instance);
            if (kept) {
              annotations.add(annotation);
              annotationId.incrementAndGet();
            }
          }
        });
    context.writeJson(jsonPath(context), root);
  }

  private static boolean addMask(
      ObjectNode annotation, SegmentationBitmap bitmap, Regions.Region region, JsonNode instance) {
    if (region == null) {
      LOGGER.warn("Skipping instance with 0 labeled pixels: instance_id " + instance.path("id"));
      return false;
    }
    CocoImages.box(annotation, "bbox", region.cocoBox());
    ObjectNode segmentation = annotation.putObject("segmentation");
    segmentation.putArray("size").add(bitmap.height()).add(bitmap.width());
    segmentation.put("counts", CocoRle.counts(bitmap, instance.path("id").asInt()));
    annotation.put("area", region.area()).put("iscrowd", 0);
    return true;
  }

  private static boolean addVector(ObjectNode annotation, JsonNode instance) {
    JsonNode points = instance.path("points");
    switch (instance.path("type").asText("")) {
      case "bbox" -> {
        ArrayNode box = annotation.putArray("bbox");
        box.add(points.path(0).path(0)).add(points.path(0).path(1));
        box.add(JsonNumbers.minus(points.path(1).path(0), points.path(0).path(0)));
        box.add(JsonNumbers.minus(points.path(1).path(1), points.path(0).path(1)));
      }
      case "point" ->
          annotation
              .putArray("keypoints")
              .add(points.path(0).path(0))
              .add(points.path(0).path(1))
              .add(1);
      case "polygon" -> annotation.set("points", points);
      case "polyline" -> LOGGER.warn("Polyline annotations are not exported.");
      case "" -> {
        // No type: the SDK keeps the bare annotation (id, image_id, category_id).
      }
      default -> {
        LOGGER.warn("Skipping an annotation of unknown type " + instance.path("type").asText());
        return false;
      }
    }
    return true;
  }
}
