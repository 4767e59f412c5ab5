package ai.segments.client.export;

import ai.segments.client.release.ReleaseSample;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** The SDK's COCO {@code images} entries: {@code {id, file_name, height, width}}. */
final class CocoImages {

  private CocoImages() {}

  /** What an export does with a sample that has annotations, after its image entry was added. */
  @FunctionalInterface
  interface LabeledSample {
    void accept(ReleaseSample sample, int imageId, JsonNode instances);
  }

  /**
   * Adds an image entry for every sample whose label has annotations and hands the sample on; the
   * SDK skips the others ({@code annotations} is {@code None}), but its image ids ({@code i + 1})
   * count every sample.
   */
  static void forEachLabeled(
      ExportContext context,
      Iterator<ReleaseSample> samples,
      ArrayNode images,
      LabeledSample action) {
    int imageId = 0;
    while (samples.hasNext()) {
      ReleaseSample sample = samples.next();
      imageId++;
      if (labeled(sample)) {
        add(images, context, sample, imageId);
        action.accept(sample, imageId, sample.labelAttributesJson().path("annotations"));
      }
    }
  }

  /** Whether a sample gets an image entry: its label has an {@code annotations} array. */
  static boolean labeled(ReleaseSample sample) {
    return sample.labelAttributesJson().path("annotations").isArray();
  }

  /**
   * The path the image entry of a sample references: its {@code file_name} in the image directory,
   * where the SDK keeps the images it downloads.
   */
  static List<String> referencedPaths(ExportContext context, ReleaseSample sample) {
    return labeled(sample)
        ? List.of(context.imagePath(ExportContext.imageFileName(sample)))
        : List.of();
  }

  /**
   * The media read for a sample by a format with image entries: its image size (when images are
   * loaded) if it is labeled, and its bitmap too if the format reads bitmaps.
   */
  static MediaNeeds mediaNeeds(ExportContext context, ReleaseSample sample, boolean bitmap) {
    return labeled(sample)
        ? new MediaNeeds(context.options().loadImages(), bitmap)
        : MediaNeeds.NONE;
  }

  /** Adds the entry of a sample; height and width are {@code null} without an image. */
  static void add(ArrayNode images, ExportContext context, ReleaseSample sample, int imageId) {
    ObjectNode image = images.addObject();
    image.put("id", imageId).put("file_name", ExportContext.imageFileName(sample));
    Optional<ImageSize> size = context.media().imageSize(sample);
    if (size.isPresent()) {
      image.put("height", size.get().height()).put("width", size.get().width());
    } else {
      image.putNull("height").putNull("width");
    }
  }

  /** The {@code info} object: dataset name and release name. */
  static ObjectNode info(ExportContext context, ObjectNode root) {
    return root.putObject("info")
        .put("description", context.header().datasetName())
        .put("version", context.header().name());
  }

  /** A COCO box {@code [x0, y0, w, h]}. */
  static ArrayNode box(ObjectNode parent, String field, int[] box) {
    ArrayNode array = parent.putArray(field);
    for (int value : box) {
      array.add(value);
    }
    return array;
  }
}
