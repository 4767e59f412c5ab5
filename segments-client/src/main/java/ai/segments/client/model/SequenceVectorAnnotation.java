package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * A bounding box, polygon, polyline or point in a frame of a sequence label (2D in image sequences,
 * 3D in point cloud sequences): like a {@link VectorAnnotation}, but its track is required, as in
 * the SDK.
 *
 * @param id the object id
 * @param categoryId the category id
 * @param type the shape; a bbox has two points [[x0, y0], [x1, y1]], a point one
 * @param points the points, each [x, y] or [x, y, z]
 * @param attributes the object attribute values, or {@code null}
 * @param trackId the track id; required
 * @param isKeyframe whether this frame is a keyframe of the track; {@code false} when absent
 * @param index the frame index (documented, but not in the SDK model)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SequenceVectorAnnotation(
    @Required Integer id,
    @Required Integer categoryId,
    @Required AnnotationType type,
    @Required List<List<Double>> points,
    Map<String, Object> attributes,
    @Required Integer trackId,
    Boolean isKeyframe,
    Integer index)
    implements PointcloudSequenceVectorAnnotation {

  /** Copies the points and attributes; a missing {@code is_keyframe} is {@code false}. */
  public SequenceVectorAnnotation {
    points = ModelCollections.list(points);
    attributes = ModelCollections.map(attributes);
    isKeyframe = (isKeyframe != null) ? isKeyframe : Boolean.FALSE;
  }
}
