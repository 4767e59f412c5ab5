package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * A frame of a point cloud vector sequence label.
 *
 * @param annotations the 3D shapes and cuboids in this frame
 * @param timestamp the frame timestamp as sent: a string or a number
 * @param links the links between objects, or {@code null}
 * @param imageAttributes the image-level attribute values, or {@code null}
 * @param formatVersion the format version of this pointcloud sequence vector frame as sent (e.g.
 *     {@code "0.1"})
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PointcloudSequenceVectorFrame(
    @Required List<PointcloudSequenceVectorAnnotation> annotations,
    Object timestamp,
    List<Link> links,
    Map<String, Object> imageAttributes,
    Object formatVersion) {

  /** Makes unmodifiable copies of the collections. */
  public PointcloudSequenceVectorFrame {
    annotations = ModelCollections.list(annotations);
    links = ModelCollections.list(links);
    imageAttributes = ModelCollections.map(imageAttributes);
  }
}
