package ai.segments.client.export;

import ai.segments.client.bitmap.PngImages;
import ai.segments.client.bitmap.SegmentationBitmap;
import ai.segments.client.release.ReleaseSample;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The SDK's {@code export_coco_panoptic}: a JSON file (categories with {@code isthing}, images, one
 * annotation per labeled sample with its {@code segments_info}) and per sample an RGB PNG in which
 * every segment has the color its id encodes ({@code id = R + 256 G + 65536 B}). The colors are
 * drawn in release order when a sample's task is created; the task paints and encodes the PNG.
 */
final class CocoPanopticExport extends CocoJsonExport<Optional<CocoPanopticExport.Panoptic>> {

  private static final Log LOGGER = LogFactory.getLog(CocoPanopticExport.class);

  private PanopticColors colors;

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

  /**
   * The panoptic PNG and {@code segments_info} of a sample.
   *
   * @param png the encoded PNG
   * @param segments the {@code segments_info} array
   */
  record Panoptic(byte[] png, ArrayNode segments) {}

  /**
   * Draws the colors of the sample's instances here, in release order, as the SDK draws them while
   * it goes (a color for every instance of a sample with a bitmap, also for one then skipped for
   * having no pixels); the task paints and encodes the PNG.
   */
  @Override
  public SampleTask<Optional<Panoptic>> task(ExportContext context, ReleaseSample sample) {
    if (!CocoImages.labeled(sample)) {
      return bitmap -> Optional.empty();
    }
    if (ClientSampleMedia.bitmapUrl(sample).isEmpty()) {
      return bitmap -> {
        skipped(sample);
        return Optional.empty();
      };
    }
    JsonNode instances = CocoImages.instances(sample);
    PanopticColors colors = colors(context);
    List<int[]> instanceColors = new ArrayList<>();
    instances.forEach(
        instance -> instanceColors.add(colors.next(instance.path("category_id").asInt())));
    ObjectMapper mapper = context.mapper();
    return bitmap -> {
      if (bitmap.isEmpty()) {
        skipped(sample);
        return Optional.empty();
      }
      return Optional.of(panoptic(mapper, bitmap.get(), instances, instanceColors));
    };
  }

  private static void skipped(ReleaseSample sample) {
    LOGGER.warn("Skipping a sample without a segmentation bitmap: " + sample.name());
  }

  /** The export's color generator, created when the first sample's task is. */
  private PanopticColors colors(ExportContext context) {
    if (this.colors == null) {
      Map<Integer, PanopticColors.PanopticCategory> byId = new LinkedHashMap<>();
      ColoredCategory.of(context.header().categories())
          .forEach(
              c -> byId.put(c.id(), new PanopticColors.PanopticCategory(c.color(), c.isThing())));
      this.colors = new PanopticColors(byId);
    }
    return this.colors;
  }

  @Override
  public void write(ExportContext context, Iterator<Prepared<Optional<Panoptic>>> samples) {
    ObjectNode head = context.mapper().createObjectNode();
    CocoImages.info(context, head);
    ArrayNode categoryArray = head.putArray("categories");
    for (ColoredCategory category : ColoredCategory.of(context.header().categories())) {
      ObjectNode node =
          categoryArray.addObject().put("id", category.id()).put("name", category.name());
      node.putArray("color")
          .add(category.color()[0])
          .add(category.color()[1])
          .add(category.color()[2]);
      node.putNull("attributes");
      node.put("isthing", category.isThing() ? 1 : 0);
    }
    try (CocoJsonFile file = new CocoJsonFile(context, jsonPath(context), head)) {
      CocoImages.forEachLabeled(
          samples,
          file,
          (sample, imageId) ->
              sample
                  .result()
                  .ifPresent(
                      panoptic -> {
                        String fileName = pngFileName(context, sample.sample());
                        ObjectNode annotation = file.newObject();
                        annotation.set("segments_info", panoptic.segments());
                        annotation.put("file_name", fileName).put("image_id", imageId);
                        file.addAnnotation(annotation);
                        context.writeBytes(context.imagePath(fileName), panoptic.png());
                      }));
      file.finish();
    }
  }

  /**
   * The {@code segments_info} of one sample and its PNG, each segment painted in its color; a later
   * instance of the same id paints over an earlier one.
   */
  private static Panoptic panoptic(
      ObjectMapper mapper, SegmentationBitmap bitmap, JsonNode instances, List<int[]> colors) {
    int[] ids = bitmap.ids();
    Map<Integer, Regions.Region> regions = Regions.of(ids, bitmap.width(), Regions.WHOLE_ID);
    Map<Integer, int[]> paint = new HashMap<>();
    ArrayNode segments = mapper.createArrayNode();
    int index = 0;
    for (JsonNode instance : instances) {
      int[] color = colors.get(index++);
      Regions.Region region = regions.get(instance.path("id").asInt());
      if (color == null || region == null) {
        LOGGER.warn(
            "Skipping instance " + instance.path("id") + " (no pixels or unknown category)");
        continue;
      }
      paint.put(instance.path("id").asInt(), color);
      ObjectNode segment = segments.addObject().put("id", Colors.rgbToId(color));
      segment.set("category_id", instance.path("category_id"));
      CocoImages.box(segment, "bbox", region.cocoBox());
      segment.put("area", region.area()).put("iscrowd", 0);
    }
    return new Panoptic(PngImages.toBytes(painted(bitmap, ids, paint)), segments);
  }

  /** A {@code TYPE_3BYTE_BGR} image with each painted id in its color, black elsewhere. */
  private static BufferedImage painted(
      SegmentationBitmap bitmap, int[] ids, Map<Integer, int[]> paint) {
    BufferedImage image =
        new BufferedImage(bitmap.width(), bitmap.height(), BufferedImage.TYPE_3BYTE_BGR);
    byte[] bgr = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    int lastId = 0;
    int[] last = null;
    for (int i = 0; i < ids.length; i++) {
      if (ids[i] != lastId || i == 0) {
        lastId = ids[i];
        last = paint.get(lastId);
      }
      if (last != null) {
        bgr[3 * i] = (byte) last[2];
        bgr[3 * i + 1] = (byte) last[1];
        bgr[3 * i + 2] = (byte) last[0];
      }
    }
    return image;
  }
}
