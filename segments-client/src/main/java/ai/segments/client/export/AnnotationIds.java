package ai.segments.client.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Numbers the annotations of a COCO-like file in release order, from 1: each prepared annotation
 * (its fields but the ids) is written as {@code {"id": n, "image_id": m, <its fields>}}.
 */
final class AnnotationIds {

  private final CocoJsonFile file;
  private int next = 1;

  /**
   * Numbers the annotations of a file.
   *
   * @param file where the annotations go
   */
  AnnotationIds(CocoJsonFile file) {
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
