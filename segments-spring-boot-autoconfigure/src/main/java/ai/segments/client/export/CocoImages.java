package ai.segments.client.export;

import ai.segments.client.release.ReleaseSample;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/** The SDK's COCO {@code images} entries: {@code {id, file_name, height, width}}. */
final class CocoImages {

  private CocoImages() {}

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
