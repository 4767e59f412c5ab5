package ai.segments.client.ego;

import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.exception.SegmentsErrorDetails;
import ai.segments.client.exception.ValidationException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The ego vehicle's pose as a rigid transform from world to ego coordinates, with the SDK's
 * quaternion conventions ({@code qx, qy, qz, qw}, normalized): {@code p_ego = Rᵀ (p_world − t)},
 * {@code yaw_ego = yaw_world − yaw(heading)}, {@code rotation_ego = heading⁻¹ ⊗ rotation}.
 */
final class EgoFrame {

  private final double[] heading;
  private final double[][] rotation;
  private final double[] translation;
  private final double yaw;

  private EgoFrame(double[] heading, double[] translation) {
    this.heading = heading;
    this.translation = translation;
    double x = heading[0];
    double y = heading[1];
    double z = heading[2];
    double w = heading[3];
    this.rotation =
        new double[][] {
          {1 - 2 * (y * y + z * z), 2 * (x * y - z * w), 2 * (x * z + y * w)},
          {2 * (x * y + z * w), 1 - 2 * (x * x + z * z), 2 * (y * z - x * w)},
          {2 * (x * z - y * w), 2 * (y * z + x * w), 1 - 2 * (x * x + y * y)}
        };
    this.yaw = Math.atan2(2 * (w * z + x * y), 1 - 2 * (y * y + z * z));
  }

  /**
   * The frame of an {@code ego_pose} JSON object ({@code position {x,y,z}}, {@code heading
   * {qx,qy,qz,qw}}).
   */
  static EgoFrame of(JsonNode egoPose) {
    JsonNode position = egoPose.path("position");
    return new EgoFrame(
        normalized(egoPose.path("heading")),
        new double[] {
          position.path("x").asDouble(),
          position.path("y").asDouble(),
          position.path("z").asDouble()
        });
  }

  /** A world point in ego coordinates. */
  double[] point(double[] world) {
    double[] shifted = new double[3];
    for (int i = 0; i < 3; i++) {
      shifted[i] = world[i] - this.translation[i];
    }
    double[] ego = new double[3];
    for (int row = 0; row < 3; row++) {
      for (int i = 0; i < 3; i++) {
        ego[row] += this.rotation[i][row] * shifted[i];
      }
    }
    return ego;
  }

  /** A world yaw in ego coordinates. */
  double yaw(double worldYaw) {
    return worldYaw - this.yaw;
  }

  /** A world rotation quaternion ({@code qx, qy, qz, qw} JSON) in ego coordinates. */
  double[] rotation(JsonNode worldRotation) {
    double[] inverse = {-this.heading[0], -this.heading[1], -this.heading[2], this.heading[3]};
    return multiply(inverse, normalized(worldRotation));
  }

  private static double[] multiply(double[] q1, double[] q2) {
    double x1 = q1[0];
    double y1 = q1[1];
    double z1 = q1[2];
    double w1 = q1[3];
    double x2 = q2[0];
    double y2 = q2[1];
    double z2 = q2[2];
    double w2 = q2[3];
    return new double[] {
      w1 * x2 + x1 * w2 + y1 * z2 - z1 * y2,
      w1 * y2 - x1 * z2 + y1 * w2 + z1 * x2,
      w1 * z2 + x1 * y2 - y1 * x2 + z1 * w2,
      w1 * w2 - x1 * x2 - y1 * y2 - z1 * z2
    };
  }

  private static double[] normalized(JsonNode q) {
    double[] values = {
      q.path("qx").asDouble(),
      q.path("qy").asDouble(),
      q.path("qz").asDouble(),
      q.path("qw").asDouble()
    };
    double norm =
        Math.sqrt(
            values[0] * values[0]
                + values[1] * values[1]
                + values[2] * values[2]
                + values[3] * values[3]);
    if (norm == 0) {
      throw new ValidationException(
          SegmentsOperation.TRANSFORM_LABEL_TO_EGO_COORDINATES.operationName()
              + ": Invalid ego pose heading: quaternion has zero norm.",
          null,
          SegmentsErrorDetails.beforeRequest(
              SegmentsOperation.TRANSFORM_LABEL_TO_EGO_COORDINATES.operationName()));
    }
    for (int i = 0; i < 4; i++) {
      values[i] /= norm;
    }
    return values;
  }
}
