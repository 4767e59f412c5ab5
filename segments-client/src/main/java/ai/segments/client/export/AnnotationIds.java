package ai.segments.client.export;

import ai.segments.client.bitmap.SegmentationBitmap;
import ai.segments.client.release.ReleaseSample;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Numbers the annotations of a COCO-like file in release order, from 1: each prepared annotation
 * (its fields but the ids) is written as {@code {"id": n, "image_id": m, <its fields>}}.
 */
final class AnnotationIds {

  private final CocoJsonFile file;
  private int next = 1;

  /** Builds a labeled sample's annotations, but their ids, from its bitmap and instances. */
  @FunctionalInterface
  interface Annotator {

    /**
     * The annotations of one sample.
     *
     * @param mapper creates the nodes
     * @param bitmap the sample's label bitmap, empty when not read or absent
     * @param instances the label's {@code annotations} array
     * @return the annotations' fields but {@code id} and {@code image_id}
     */
    List<ObjectNode> annotations(
        ObjectMapper mapper, Optional<SegmentationBitmap> bitmap, JsonNode instances);
  }

  /**
   * The task of a sample for a format whose annotations {@link #write} numbers: nothing for a
   * sample without an {@code annotations} array, else the annotator's annotations.
   *
   * @param context the release, options and mapper
   * @param sample the sample
   * @param annotator builds the sample's annotations
   * @return the task
   */
  static SampleTask<List<ObjectNode>> task(
      ExportContext context, ReleaseSample sample, Annotator annotator) {
    if (!CocoImages.labeled(sample)) {
      return bitmap -> List.of();
    }
    JsonNode instances = CocoImages.instances(sample);
    ObjectMapper mapper = context.mapper();
    return bitmap -> annotator.annotations(mapper, bitmap, instances);
  }

  /**
   * Writes a file whose samples prepared their annotations but the ids: an image entry per labeled
   * sample, its annotations numbered on; the file is closed (its spool files deleted) in any case.
   *
   * @param file the file
   * @param samples the prepared samples, in release order
   */
  static void write(CocoJsonFile file, Iterator<Prepared<List<ObjectNode>>> samples) {
    try (file) {
      AnnotationIds ids = new AnnotationIds(file);
      CocoImages.forEachLabeled(
          samples, file, (sample, imageId) -> ids.addAll(imageId, sample.result()));
      file.finish();
    }
  }

  /**
   * Numbers the annotations of a file.
   *
   * @param file where the annotations go
   */
  private AnnotationIds(CocoJsonFile file) {
    this.file = file;
  }

  /**
   * Appends the annotations of one image, numbered on from the last.
   *
   * @param imageId the image's id
   * @param annotations the annotations' fields but {@code id} and {@code image_id}
   */
  void addAll(int imageId, List<ObjectNode> annotations) {
    for (ObjectNode fields : annotations) {
      ObjectNode annotation = this.file.newObject().put("id", this.next++).put("image_id", imageId);
      annotation.setAll(fields);
      this.file.addAnnotation(annotation);
    }
  }
}
