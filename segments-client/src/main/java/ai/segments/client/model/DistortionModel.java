package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonValue;

/** Lens distortion model of a calibrated image (API §4.1). */
public enum DistortionModel implements ApiEnum {
  /** {@code fisheye}. */
  FISHEYE("fisheye"),
  /** {@code brown-conrady}. */
  BROWN_CONRADY("brown-conrady"),
  /** A distortion model this client does not know; only produced in lenient mode. */
  @JsonEnumDefaultValue
  UNKNOWN(ApiEnum.UNKNOWN_VALUE);

  private final String value;

  DistortionModel(String value) {
    this.value = value;
  }

  /**
   * Returns the distortion model with the given wire value; throws IllegalArgumentException if
   * unknown.
   */
  public static DistortionModel fromValue(String value) {
    return ApiEnum.fromValue(DistortionModel.class, value);
  }

  /** Returns the distortion model as sent on the wire. */
  @JsonValue
  public String value() {
    return value;
  }
}
