package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Lens distortion of a calibrated image, identified by {@code model} as in the SDK: {@link
 * FisheyeDistortion} ({@code fisheye}, coefficients {@code k1}–{@code k4}) or {@link
 * BrownConradyDistortion} ({@code brown-conrady}, {@code k1}, {@code k2}, {@code p1}, {@code p2},
 * {@code k3} and optionally {@code k4}–{@code k6}). Strict reading rejects another model or a
 * missing required coefficient; lenient reading yields {@code null} for an unknown model.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "model")
@JsonSubTypes({
  @JsonSubTypes.Type(value = FisheyeDistortion.class, name = "fisheye"),
  @JsonSubTypes.Type(value = BrownConradyDistortion.class, name = "brown-conrady")
})
public sealed interface Distortion permits FisheyeDistortion, BrownConradyDistortion {

  /**
   * The distortion model, fixed by the record type.
   *
   * @return the model
   */
  DistortionModel model();
}
