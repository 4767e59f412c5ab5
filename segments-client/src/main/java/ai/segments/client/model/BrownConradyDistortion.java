package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Brown-Conrady lens distortion.
 *
 * @param coefficients the coefficients {@code k1}, {@code k2}, {@code p1}, {@code p2}, {@code k3}
 *     and optionally {@code k4}–{@code k6}
 */
public record BrownConradyDistortion(@Required BrownConradyCoefficients coefficients)
    implements Distortion {

  /**
   * The distortion model.
   *
   * @return {@link DistortionModel#BROWN_CONRADY}
   */
  @Override
  @JsonProperty("model")
  public DistortionModel model() {
    return DistortionModel.BROWN_CONRADY;
  }
}
