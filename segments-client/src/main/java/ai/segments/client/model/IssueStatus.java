package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonValue;

/** Status of an issue (API §4.1). */
public enum IssueStatus implements ApiEnum {
  /** {@code OPEN}. */
  OPEN("OPEN"),
  /** {@code CLOSED}. */
  CLOSED("CLOSED"),
  /** A issue status this client does not know; only produced in lenient mode. */
  @JsonEnumDefaultValue
  UNKNOWN(ApiEnum.UNKNOWN_VALUE);

  private final String value;

  IssueStatus(String value) {
    this.value = value;
  }

  /**
   * Returns the issue status with the given wire value; throws IllegalArgumentException if unknown.
   */
  public static IssueStatus fromValue(String value) {
    return ApiEnum.fromValue(IssueStatus.class, value);
  }

  /** Returns the issue status as sent on the wire. */
  @JsonValue
  public String value() {
    return value;
  }
}
