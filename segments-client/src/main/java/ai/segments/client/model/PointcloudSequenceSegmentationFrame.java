package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * A frame of a point cloud segmentation sequence label.
 *
 * @param annotations the objects in this frame
 * @param pointAnnotations the annotation id of every point, in point order (0 = none)
 * @param timestamp the frame timestamp as sent: a string or a number
 * @param imageAttributes the image-level attribute values, or {@code null}
 * @param formatVersion the format version of this pointcloud sequence segmentation frame as sent
 *     (e.g. {@code "0.1"})
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PointcloudSequenceSegmentationFrame(
    @Required List<SequenceSegmentationAnnotation> annotations,
    @Required List<Integer> pointAnnotations,
    Object timestamp,
    Map<String, Object> imageAttributes,
    Object formatVersion) {

  /** Makes unmodifiable copies of the collections. */
  public PointcloudSequenceSegmentationFrame {
    annotations = ModelCollections.list(annotations);
    pointAnnotations = ModelCollections.list(pointAnnotations);
    imageAttributes = ModelCollections.map(imageAttributes);
  }
}
