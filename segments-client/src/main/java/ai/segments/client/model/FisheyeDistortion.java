package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Fisheye lens distortion.
 *
 * @param coefficients the coefficients {@code k1}–{@code k4}
 */
public record FisheyeDistortion(@Required FisheyeCoefficients coefficients) implements Distortion {

  /**
   * The distortion model.
   *
   * @return {@link DistortionModel#FISHEYE}
   */
  @Override
  @JsonProperty("model")
  public DistortionModel model() {
    return DistortionModel.FISHEYE;
  }
}
