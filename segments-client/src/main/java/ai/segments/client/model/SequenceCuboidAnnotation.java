package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * A cuboid in a frame of a point cloud sequence label: like a {@link CuboidAnnotation}, but its
 * track is required, as in the SDK.
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
 * @param trackId the track of the cuboid; required
 * @param isKeyframe whether the cuboid is a keyframe of its track; {@code false} when absent
 * @param index the frame index of the cuboid (documented, but not in the SDK model)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SequenceCuboidAnnotation(
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
    @Required Integer trackId,
    Boolean isKeyframe,
    Integer index)
    implements PointcloudSequenceVectorAnnotation {

  /** Copies the attributes; a missing {@code is_keyframe} is {@code false}. */
  public SequenceCuboidAnnotation {
    attributes = ModelCollections.map(attributes);
    isKeyframe = (isKeyframe != null) ? isKeyframe : Boolean.FALSE;
  }
}
