package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonValue;

/** The {@code type} of a vector or cuboid annotation (API §4.2). */
public enum AnnotationType implements ApiEnum {
  /** {@code bbox}. */
  BBOX("bbox"),
  /** {@code polygon}. */
  POLYGON("polygon"),
  /** {@code polyline}. */
  POLYLINE("polyline"),
  /** {@code point}. */
  POINT("point"),
  /** {@code cuboid}. */
  CUBOID("cuboid"),
  /** {@code cuboid-sync}. */
  CUBOID_SYNC("cuboid-sync"),
  /** A annotation type this client does not know; only produced in lenient mode. */
  @JsonEnumDefaultValue
  UNKNOWN(ApiEnum.UNKNOWN_VALUE);

  private final String value;

  AnnotationType(String value) {
    this.value = value;
  }

  /**
   * Returns the annotation type with the given wire value; throws IllegalArgumentException if
   * unknown.
   */
  public static AnnotationType fromValue(String value) {
    return ApiEnum.fromValue(AnnotationType.class, value);
  }

  /** Returns the annotation type as sent on the wire. */
  @JsonValue
  public String value() {
    return value;
  }
}
