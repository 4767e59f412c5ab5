package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Intrinsic parameters of a camera.
 *
 * @param intrinsicMatrix the 3×3 intrinsic matrix, row-major
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CameraIntrinsics(@Required List<List<Double>> intrinsicMatrix) {

  /** Copies the matrix. */
  public CameraIntrinsics {
    intrinsicMatrix = ModelCollections.list(intrinsicMatrix);
  }
}
