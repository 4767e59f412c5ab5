package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * A cuboid in a point cloud label, outside sequences (sequence frames hold {@link
 * SequenceCuboidAnnotation}s).
 *
 * @param id the object id
 * @param categoryId the category id
 * @param type {@code cuboid} or {@code cuboid-sync}
 * @param position the center in world coordinates
 * @param dimensions the size: x = length, y = width, z = height
 * @param yaw the rotation around z in radians, in [-π, π]
 * @param rotation the full rotation, when 3D cuboid rotation is enabled
 * @param attributes the object attribute values, or {@code null}
 * @param velocity the velocity, or {@code null}
 * @param acceleration the acceleration, or {@code null}
 * @param trackId the track of the cuboid (legacy outside sequences)
 * @param isKeyframe whether the cuboid is a keyframe of its track (legacy outside sequences)
 * @param index the frame index of the cuboid (documented, but not in the SDK model)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CuboidAnnotation(
    @Required Integer id,
    @Required Integer categoryId,
    @Required AnnotationType type,
    @Required Xyz position,
    @Required Xyz dimensions,
    @Required Double yaw,
    Xyzw rotation,
    Map<String, Object> attributes,
    Velocity velocity,
    Velocity acceleration,
    Integer trackId,
    Boolean isKeyframe,
    Integer index)
    implements PointcloudVectorAnnotation {

  /** Copies the attributes. */
  public CuboidAnnotation {
    attributes = ModelCollections.map(attributes);
  }
}
