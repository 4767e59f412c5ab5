package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonValue;

/** Role of a dataset collaborator or organization member (API §4.1). */
public enum Role implements ApiEnum {
  /** {@code labeler}. */
  LABELER("labeler"),
  /** {@code reviewer}. */
  REVIEWER("reviewer"),
  /** {@code manager}. */
  MANAGER("manager"),
  /** {@code admin}. */
  ADMIN("admin"),
  /** A role this client does not know; only produced in lenient mode. */
  @JsonEnumDefaultValue
  UNKNOWN(ApiEnum.UNKNOWN_VALUE);

  private final String value;

  Role(String value) {
    this.value = value;
  }

  /** Returns the role with the given wire value; throws IllegalArgumentException if unknown. */
  public static Role fromValue(String value) {
    return ApiEnum.fromValue(Role.class, value);
  }

  /** Returns the role as sent on the wire. */
  @JsonValue
  public String value() {
    return value;
  }
}
