package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A camera image attached to a point cloud frame.
 *
 * @param url the image URL (the docs call it required)
 * @param signedUrl a pre-signed URL, when requested
 * @param row the grid row in the viewer
 * @param col the grid column in the viewer
 * @param intrinsics the camera intrinsics
 * @param extrinsics the camera extrinsics
 * @param distortion the lens distortion
 * @param cameraConvention the axis convention; {@code OpenGL} when absent, as in the SDK
 * @param name the image name
 * @param rotation the display rotation in radians
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CalibratedImage(
    String url,
    String signedUrl,
    Integer row,
    Integer col,
    CameraIntrinsics intrinsics,
    CameraExtrinsics extrinsics,
    Distortion distortion,
    CameraConvention cameraConvention,
    String name,
    Double rotation) {

  /** A missing camera convention is {@code OpenGL}, the SDK's default. */
  public CalibratedImage {
    cameraConvention = (cameraConvention != null) ? cameraConvention : CameraConvention.OPEN_GL;
  }
}
