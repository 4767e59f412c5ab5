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

  /**
   * What an export does with a prepared sample that has annotations, after its image entry was
   * added.
   *
   * @param <P> what the format prepared per sample
   */
  @FunctionalInterface
  interface LabeledSample<P> {

    /**
     * Writes what the sample adds besides its image entry.
     *
     * @param sample the prepared sample
     * @param imageId its image id
     */
    void accept(Prepared<P> sample, int imageId);
  }

  /**
   * Adds an image entry for every sample whose label has annotations and hands the sample on; the
   * SDK skips the others ({@code annotations} is {@code None}), but its image ids ({@code i + 1})
   * count every sample.
   */
  static <P> void forEachLabeled(
      Iterator<Prepared<P>> samples, CocoJsonFile file, LabeledSample<P> action) {
    int imageId = 0;
    while (samples.hasNext()) {
      Prepared<P> sample = samples.next();
      imageId++;
      if (labeled(sample.sample())) {
        file.addImage(entry(file, sample, imageId));
        action.accept(sample, imageId);
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

  /** The entry of a sample; height and width are {@code null} without an image. */
  private static ObjectNode entry(CocoJsonFile file, Prepared<?> sample, int imageId) {
    ObjectNode image = file.newObject();
    image.put("id", imageId).put("file_name", ExportContext.imageFileName(sample.sample()));
    Optional<ImageSize> size = sample.imageSize();
    if (size.isPresent()) {
      image.put("height", size.get().height()).put("width", size.get().width());
    } else {
      image.putNull("height").putNull("width");
    }
    return image;
  }

  /** The instances of a labeled sample: its label's {@code annotations}. */
  static JsonNode instances(ReleaseSample sample) {
    return sample.labelAttributesJson().path("annotations");
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
