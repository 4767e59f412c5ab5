package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonValue;

/** Sort key of {@code get_workunits} (API §2.13). */
public enum WorkunitSortKey implements ApiEnum {
  /** {@code created_at}. */
  CREATED_AT("created_at"),
  /** A work unit sort key this client does not know; only produced in lenient mode. */
  @JsonEnumDefaultValue
  UNKNOWN(ApiEnum.UNKNOWN_VALUE);

  private final String value;

  WorkunitSortKey(String value) {
    this.value = value;
  }

  /**
   * Returns the work unit sort key with the given wire value; throws IllegalArgumentException if
   * unknown.
   */
  public static WorkunitSortKey fromValue(String value) {
    return ApiEnum.fromValue(WorkunitSortKey.class, value);
  }

  /** Returns the work unit sort key as sent on the wire. */
  @JsonValue
  public String value() {
    return value;
  }
}
