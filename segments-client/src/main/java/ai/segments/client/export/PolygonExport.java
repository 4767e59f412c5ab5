package ai.segments.client.export;

import ai.segments.client.bitmap.SegmentationBitmap;
import ai.segments.client.release.ReleaseSample;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The SDK's {@code export_polygon}: one JSON file with the categories, an image per labeled sample
 * and per instance its attributes and contours ({@link ContourTracer}; as in the SDK, the mask is
 * taken from the bitmap's ids modulo 256, and a one-point contour is a bare {@code [x, y]}). A
 * sample's task traces its instances' contours; the writer numbers the annotations in release
 * order.
 */
final class PolygonExport extends CocoJsonExport<List<ObjectNode>> {

  private static final Log LOGGER = LogFactory.getLog(PolygonExport.class);
  private static final int LOW_BYTE = 0xFF;

  PolygonExport() {
    super(ExportFormat.POLYGON);
  }

  @Override
  boolean readsBitmaps(ExportContext context) {
    return true;
  }

  @Override
  public SampleTask<List<ObjectNode>> task(ExportContext context, ReleaseSample sample) {
    return AnnotationIds.task(context, sample, PolygonExport::annotations);
  }

  @Override
  public void write(ExportContext context, Iterator<Prepared<List<ObjectNode>>> samples) {
    ObjectNode head = context.mapper().createObjectNode();
    head.set("categories", context.mapper().valueToTree(context.header().categories()));
    AnnotationIds.write(new CocoJsonFile(context, jsonPath(context), head), samples);
  }

  /** The annotations of a sample, but their ids: one per instance with pixels. */
  private static List<ObjectNode> annotations(
      ObjectMapper mapper, Optional<SegmentationBitmap> bitmap, JsonNode instances) {
    if (bitmap.isEmpty()) {
      instances.forEach(PolygonExport::skipped);
      return List.of();
    }
    int width = bitmap.get().width();
    int[] ids = bitmap.get().ids();
    Map<Integer, Regions.Region> regions = Regions.of(ids, width, Regions.WHOLE_ID);
    Map<Integer, Regions.Region> lowByteRegions = Regions.of(ids, width, LOW_BYTE);
    List<ObjectNode> annotations = new ArrayList<>();
    for (JsonNode instance : instances) {
      int id = instance.path("id").asInt();
      if (!regions.containsKey(id)) {
        skipped(instance);
        continue;
      }
      ObjectNode annotation = mapper.createObjectNode();
      annotation.set("category_id", instance.path("category_id"));
      annotation.set("attributes", instance.has("attributes") ? instance.get("attributes") : null);
      ArrayNode polygons = annotation.putArray("polygons");
      contours(ids, width, id, lowByteRegions.get(id))
          .forEach(contour -> polygons.add(toJson(polygons, contour)));
      annotations.add(annotation);
    }
    return annotations;
  }

  private static void skipped(JsonNode instance) {
    LOGGER.warn("Skipping instance with 0 labeled pixels: instance_id " + instance.path("id"));
  }

  /**
   * The contours of the mask {@code ids % 256 == id}, traced within the mask's bounding box only:
   * outside it there is nothing to start or follow a border, so the contours and their order are
   * those of the whole bitmap, moved back by the box's corner. An id above 255 has no pixels there
   * ({@code box} is {@code null}).
   */
  private static List<List<int[]>> contours(int[] ids, int width, int id, Regions.Region box) {
    if (box == null) {
      return List.of();
    }
    int boxWidth = box.x1() - box.x0();
    int boxHeight = box.y1() - box.y0();
    boolean[] mask = new boolean[boxWidth * boxHeight];
    for (int y = 0; y < boxHeight; y++) {
      int row = (box.y0() + y) * width + box.x0();
      for (int x = 0; x < boxWidth; x++) {
        mask[y * boxWidth + x] = (ids[row + x] & LOW_BYTE) == id;
      }
    }
    List<List<int[]>> contours = ContourTracer.contours(mask, boxWidth, boxHeight);
    for (List<int[]> contour : contours) {
      for (int[] point : contour) {
        point[0] += box.x0();
        point[1] += box.y0();
      }
    }
    return contours;
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
