package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonValue;

/** Input type of a task attribute; link attributes use only the first five (API §3.3). */
public enum InputType implements ApiEnum {
  /** {@code select}. */
  SELECT("select"),
  /** {@code multiselect}. */
  MULTISELECT("multiselect"),
  /** {@code text}. */
  TEXT("text"),
  /** {@code number}. */
  NUMBER("number"),
  /** {@code checkbox}. */
  CHECKBOX("checkbox"),
  /** {@code vector3}. */
  VECTOR3("vector3"),
  /** {@code quaternion}. */
  QUATERNION("quaternion"),
  /** {@code points}. */
  POINTS("points"),
  /** A input type this client does not know; only produced in lenient mode. */
  @JsonEnumDefaultValue
  UNKNOWN(ApiEnum.UNKNOWN_VALUE);

  private final String value;

  InputType(String value) {
    this.value = value;
  }

  /**
   * Returns the input type with the given wire value; throws IllegalArgumentException if unknown.
   */
  public static InputType fromValue(String value) {
    return ApiEnum.fromValue(InputType.class, value);
  }

  /** Returns the input type as sent on the wire. */
  @JsonValue
  public String value() {
    return value;
  }
}
