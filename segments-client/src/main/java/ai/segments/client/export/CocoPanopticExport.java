package ai.segments.client.export;

import ai.segments.client.bitmap.SegmentationBitmap;
import ai.segments.client.release.ReleaseSample;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The SDK's {@code export_coco_panoptic}: a JSON file (categories with {@code isthing}, images, one
 * annotation per labeled sample with its {@code segments_info}) and per sample an RGB PNG in which
 * every segment has the color its id encodes ({@code id = R + 256 G + 65536 B}).
 */
final class CocoPanopticExport extends CocoJsonExport {

  private static final Log LOGGER = LogFactory.getLog(CocoPanopticExport.class);

  CocoPanopticExport() {
    super(ExportFormat.COCO_PANOPTIC);
  }

  @Override
  public List<String> samplePaths(ExportContext context, ReleaseSample sample) {
    List<String> paths = new ArrayList<>(super.samplePaths(context, sample));
    if (!paths.isEmpty()) {
      paths.add(context.imagePath(pngFileName(context, sample)));
    }
    return paths;
  }

  /** The panoptic PNG of a sample: {@code <stem>_label_<labelset>_coco-panoptic.png}. */
  private static String pngFileName(ExportContext context, ReleaseSample sample) {
    return SdkNames.labelStem(sample.name())
        + "_label_"
        + context.labelset()
        + "_coco-panoptic.png";
  }

  @Override
  boolean readsBitmaps(ExportContext context) {
    return true;
  }

  @Override
  public void export(ExportContext context, Iterator<ReleaseSample> samples) {
    List<ColoredCategory> categories = ColoredCategory.of(context.header().categories());
    Map<Integer, PanopticColors.PanopticCategory> byId = new LinkedHashMap<>();
    categories.forEach(
        c -> byId.put(c.id(), new PanopticColors.PanopticCategory(c.color(), c.isThing())));
    PanopticColors colors = new PanopticColors(byId);
    ObjectNode root = context.mapper().createObjectNode();
    CocoImages.info(context, root);
    ArrayNode categoryArray = root.putArray("categories");
    for (ColoredCategory category : categories) {
      ObjectNode node =
          categoryArray.addObject().put("id", category.id()).put("name", category.name());
      node.putArray("color")
          .add(category.color()[0])
          .add(category.color()[1])
          .add(category.color()[2]);
      node.putNull("attributes");
      node.put("isthing", category.isThing() ? 1 : 0);
    }
    ArrayNode images = root.putArray("images");
    ArrayNode annotations = root.putArray("annotations");
    CocoImages.forEachLabeled(
        context,
        samples,
        images,
        (sample, imageId, instances) -> {
          SegmentationBitmap bitmap = context.media().bitmap(sample).orElse(null);
          if (bitmap == null) {
            LOGGER.warn("Skipping a sample without a segmentation bitmap: " + sample.name());
            return;
          }
          String fileName = pngFileName(context, sample);
          BufferedImage panoptic =
              new BufferedImage(bitmap.width(), bitmap.height(), BufferedImage.TYPE_3BYTE_BGR);
          ObjectNode annotation = annotations.addObject();
          annotation.set("segments_info", segments(context, colors, bitmap, instances, panoptic));
          annotation.put("file_name", fileName).put("image_id", imageId);
          context.writePng(context.imagePath(fileName), panoptic);
        });
    context.writeJson(jsonPath(context), root);
  }

  /**
   * The {@code segments_info} of one sample, painting each segment into the panoptic image; as in
   * the SDK, a color is drawn for every instance, also for one then skipped for having no pixels.
   */
  private static ArrayNode segments(
      ExportContext context,
      PanopticColors colors,
      SegmentationBitmap bitmap,
      JsonNode instances,
      BufferedImage panoptic) {
    Map<Integer, Regions.Region> regions = Regions.of(bitmap);
    ArrayNode segments = context.mapper().createArrayNode();
    for (JsonNode instance : instances) {
      int[] color = colors.next(instance.path("category_id").asInt());
      Regions.Region region = regions.get(instance.path("id").asInt());
      if (color == null || region == null) {
        LOGGER.warn(
            "Skipping instance " + instance.path("id") + " (no pixels or unknown category)");
        continue;
      }
      paint(panoptic, bitmap, instance.path("id").asInt(), color);
      ObjectNode segment = segments.addObject().put("id", Colors.rgbToId(color));
      segment.set("category_id", instance.path("category_id"));
      CocoImages.box(segment, "bbox", region.cocoBox());
      segment.put("area", region.area()).put("iscrowd", 0);
    }
    return segments;
  }

  private static void paint(BufferedImage image, SegmentationBitmap bitmap, int id, int[] color) {
    for (int y = 0; y < bitmap.height(); y++) {
      for (int x = 0; x < bitmap.width(); x++) {
        if (bitmap.id(x, y) == id) {
          image.getRaster().setPixel(x, y, color);
        }
      }
    }
  }
}
