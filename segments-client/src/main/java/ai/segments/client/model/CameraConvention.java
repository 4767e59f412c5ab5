package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonValue;

/** Camera axis convention of a calibrated image; the API default is {@code OpenGL}. */
public enum CameraConvention implements ApiEnum {
  /** {@code OpenCV}. */
  OPEN_CV("OpenCV"),
  /** {@code OpenGL}. */
  OPEN_GL("OpenGL"),
  /** A camera convention this client does not know; only produced in lenient mode. */
  @JsonEnumDefaultValue
  UNKNOWN(ApiEnum.UNKNOWN_VALUE);

  private final String value;

  CameraConvention(String value) {
    this.value = value;
  }

  /**
   * Returns the camera convention with the given wire value; throws IllegalArgumentException if
   * unknown.
   */
  public static CameraConvention fromValue(String value) {
    return ApiEnum.fromValue(CameraConvention.class, value);
  }

  /** Returns the camera convention as sent on the wire. */
  @JsonValue
  public String value() {
    return value;
  }
}
