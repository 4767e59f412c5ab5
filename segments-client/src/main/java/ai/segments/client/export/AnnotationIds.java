package ai.segments.client.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.List;

/**
 * Numbers the annotations of a COCO-like file in release order, from 1: each prepared annotation
 * (its fields but the ids) is written as {@code {"id": n, "image_id": m, <its fields>}}.
 */
final class AnnotationIds {

  private final CocoJsonFile file;
  private int next = 1;

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
