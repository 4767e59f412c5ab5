package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonValue;

/** Status of a release; a new release is {@code PENDING} until it succeeds or fails. */
public enum ReleaseStatus implements ApiEnum {
  /** {@code PENDING}. */
  PENDING("PENDING"),
  /** {@code SUCCEEDED}. */
  SUCCEEDED("SUCCEEDED"),
  /** {@code FAILED}. */
  FAILED("FAILED"),
  /** A release status this client does not know; only produced in lenient mode. */
  @JsonEnumDefaultValue
  UNKNOWN(ApiEnum.UNKNOWN_VALUE);

  private final String value;

  ReleaseStatus(String value) {
    this.value = value;
  }

  /**
   * Returns the release status with the given wire value; throws IllegalArgumentException if
   * unknown.
   */
  public static ReleaseStatus fromValue(String value) {
    return ApiEnum.fromValue(ReleaseStatus.class, value);
  }

  /** Returns the release status as sent on the wire. */
  @JsonValue
  public String value() {
    return value;
  }
}
