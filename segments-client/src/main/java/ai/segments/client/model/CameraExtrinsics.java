package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Extrinsic parameters of a camera: the transformation from the camera to the ego frame.
 *
 * @param translation the translation
 * @param rotation the rotation
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CameraExtrinsics(@Required Xyz translation, @Required Xyzw rotation) {}
