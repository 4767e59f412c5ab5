package ai.segments.client.export;

import ai.segments.client.bitmap.SegmentationBitmap;
import ai.segments.client.release.ReleaseSample;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The SDK's {@code export_polygon}: one JSON file with the categories, an image per labeled sample
 * and per instance its attributes and contours ({@link ContourTracer}; as in the SDK, the mask is
 * taken from the bitmap's ids modulo 256, and a one-point contour is a bare {@code [x, y]}).
 */
final class PolygonExport extends CocoJsonExport {

  private static final Log LOGGER = LogFactory.getLog(PolygonExport.class);

  PolygonExport() {
    super(ExportFormat.POLYGON);
  }

  @Override
  boolean readsBitmaps(ExportContext context) {
    return true;
  }

  @Override
  public void export(ExportContext context, Iterator<ReleaseSample> samples) {
    ObjectNode root = context.mapper().createObjectNode();
    root.set("categories", context.mapper().valueToTree(context.header().categories()));
    ArrayNode images = root.putArray("images");
    ArrayNode annotations = root.putArray("annotations");
    AtomicInteger annotationId = new AtomicInteger(1);
    CocoImages.forEachLabeled(
        context,
        samples,
        images,
        (sample, imageId, instances) -> {
          SegmentationBitmap bitmap = context.media().bitmap(sample).orElse(null);
          Map<Integer, Regions.Region> regions = (bitmap != null) ? Regions.of(bitmap) : Map.of();
          for (JsonNode instance : instances) {
            int id = instance.path("id").asInt();
            if (!regions.containsKey(id)) {
              LOGGER.warn("Skipping instance with 0 labeled pixels: instance_id " + id);
              continue;
            }
            ObjectNode annotation =
                annotations
                    .addObject()
                    .put("id", annotationId.getAndIncrement())
                    .put("image_id", imageId);
            annotation.set("category_id", instance.path("category_id"));
            annotation.set(
                "attributes", instance.has("attributes") ? instance.get("attributes") : null);
            ArrayNode polygons = annotation.putArray("polygons");
            contours(bitmap, id).forEach(contour -> polygons.add(toJson(polygons, contour)));
          }
        });
    context.writeJson(jsonPath(context), root);
  }

  private static List<List<int[]>> contours(SegmentationBitmap bitmap, int id) {
    int[] ids = bitmap.ids();
    boolean[] mask = new boolean[ids.length];
    for (int i = 0; i < ids.length; i++) {
      mask[i] = (ids[i] & 0xFF) == id;
    }
    return ContourTracer.contours(mask, bitmap.width(), bitmap.height());
  }

  /** {@code np.squeeze(contour).tolist()}: a list of points, or one bare point. */
  private static ArrayNode toJson(ArrayNode factory, List<int[]> contour) {
    if (contour.size() == 1) {
      return factory.arrayNode().add(contour.get(0)[0]).add(contour.get(0)[1]);
    }
    ArrayNode points = factory.arrayNode();
    contour.forEach(point -> points.addArray().add(point[0]).add(point[1]));
    return points;
  }
}
