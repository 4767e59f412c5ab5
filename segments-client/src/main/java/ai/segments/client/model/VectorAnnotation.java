package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * A bounding box, polygon, polyline or point: 2D points in image labels, 3D points in point cloud
 * labels, outside sequences (sequence frames hold {@link SequenceVectorAnnotation}s).
 *
 * @param id the object id
 * @param categoryId the category id
 * @param type the shape; a bbox has two points [[x0, y0], [x1, y1]], a point one
 * @param points the points, each [x, y] or [x, y, z]
 * @param attributes the object attribute values, or {@code null}
 * @param trackId the track id (documented, but legacy outside sequences)
 * @param isKeyframe whether this frame is a keyframe of the track (legacy outside sequences)
 * @param index the frame index (sequences, documented but not in the SDK model)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record VectorAnnotation(
    @Required Integer id,
    @Required Integer categoryId,
    @Required AnnotationType type,
    @Required List<List<Double>> points,
    Map<String, Object> attributes,
    Integer trackId,
    Boolean isKeyframe,
    Integer index)
    implements PointcloudVectorAnnotation {

  /** Copies the points and attributes. */
  public VectorAnnotation {
    points = ModelCollections.list(points);
    attributes = ModelCollections.map(attributes);
  }
}
