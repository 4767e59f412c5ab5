package ai.segments.client.export;

import ai.segments.client.bitmap.SegmentationBitmap;
import ai.segments.client.release.ReleaseSample;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NumericNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The SDK's {@code export_coco_instance}: one JSON file with the categories, an image per labeled
 * sample and an annotation per instance — for bitmaps a box, an RLE mask and the area of its
 * pixels; for vector labels a box, keypoints or polygon points. A sample's task builds its
 * annotations but their ids ({@link AnnotationIds}); the writer numbers them in release order.
 */
final class CocoInstanceExport extends CocoJsonExport<List<ObjectNode>> {

  private static final Log LOGGER = LogFactory.getLog(CocoInstanceExport.class);

  CocoInstanceExport() {
    super(ExportFormat.COCO_INSTANCE);
  }

  @Override
  boolean readsBitmaps(ExportContext context) {
    return ExportFormat.INSTANCE.supports(context.header().taskType());
  }

  @Override
  public SampleTask<List<ObjectNode>> task(ExportContext context, ReleaseSample sample) {
    return AnnotationIds.task(
        context,
        sample,
        readsBitmaps(context)
            ? CocoInstanceExport::masks
            : (mapper, bitmap, instances) -> vectors(mapper, instances));
  }

  @Override
  public void write(ExportContext context, Iterator<Prepared<List<ObjectNode>>> samples) {
    ObjectNode head = context.mapper().createObjectNode();
    CocoImages.info(context, head);
    head.set("categories", context.mapper().valueToTree(context.header().categories()));
    AnnotationIds.write(new CocoJsonFile(context, jsonPath(context), head), samples);
  }

  /** The annotations of a bitmap label, but their ids: one per instance with pixels. */
  private static List<ObjectNode> masks(
      ObjectMapper mapper, Optional<SegmentationBitmap> bitmap, JsonNode instances) {
    int[] ids = bitmap.map(SegmentationBitmap::ids).orElse(new int[0]);
    int width = bitmap.map(SegmentationBitmap::width).orElse(0);
    int height = bitmap.map(SegmentationBitmap::height).orElse(0);
    Map<Integer, Regions.Region> regions = Regions.of(ids, width, Regions.WHOLE_ID);
    Map<Integer, String> counts = CocoRle.countsById(ids, width, height);
    List<ObjectNode> annotations = new ArrayList<>();
    for (JsonNode instance : instances) {
      int id = instance.path("id").asInt();
      Regions.Region region = regions.get(id);
      if (region == null) {
        LOGGER.warn("Skipping instance with 0 labeled pixels: instance_id " + instance.path("id"));
        continue;
      }
      ObjectNode annotation = mapper.createObjectNode();
      annotation.set("category_id", instance.path("category_id"));
      CocoImages.box(annotation, "bbox", region.cocoBox());
      ObjectNode segmentation = annotation.putObject("segmentation");
      segmentation.putArray("size").add(bitmap.get().height()).add(bitmap.get().width());
      segmentation.put("counts", counts.get(id));
      annotation.put("area", region.area()).put("iscrowd", 0);
      annotations.add(annotation);
    }
    return annotations;
  }

  /** The annotations of a vector label, but their ids. */
  private static List<ObjectNode> vectors(ObjectMapper mapper, JsonNode instances) {
    List<ObjectNode> annotations = new ArrayList<>();
    for (JsonNode instance : instances) {
      ObjectNode annotation = mapper.createObjectNode();
      annotation.set("category_id", instance.path("category_id"));
      if (addVector(annotation, instance)) {
        annotations.add(annotation);
      }
    }
    return annotations;
  }

  private static boolean addVector(ObjectNode annotation, JsonNode instance) {
    JsonNode points = instance.path("points");
    switch (instance.path("type").asText("")) {
      case "bbox" -> {
        ArrayNode box = annotation.putArray("bbox");
        box.add(points.path(0).path(0)).add(points.path(0).path(1));
        box.add(minus(points.path(1).path(0), points.path(0).path(0)));
        box.add(minus(points.path(1).path(1), points.path(0).path(1)));
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

  /** {@code a - b} as Python computes it: integers stay integers, floats stay floats. */
  private static NumericNode minus(JsonNode a, JsonNode b) {
    if (a.isIntegralNumber() && b.isIntegralNumber()) {
      return LongNode.valueOf(a.asLong() - b.asLong());
    }
    return DoubleNode.valueOf(a.asDouble() - b.asDouble());
  }
}
