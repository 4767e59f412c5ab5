package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonValue;

/** Sort direction of a list query; sent as an empty or {@code -} prefix of the sort key. */
public enum SortDirection implements ApiEnum {
  /** {@code asc}. */
  ASC("asc"),
  /** {@code desc}. */
  DESC("desc"),
  /** A sort direction this client does not know; only produced in lenient mode. */
  @JsonEnumDefaultValue
  UNKNOWN(ApiEnum.UNKNOWN_VALUE);

  private final String value;

  SortDirection(String value) {
    this.value = value;
  }

  /**
   * Returns the sort direction with the given wire value; throws IllegalArgumentException if
   * unknown.
   */
  public static SortDirection fromValue(String value) {
    return ApiEnum.fromValue(SortDirection.class, value);
  }

  /**
   * Returns the prefix of the {@code sort} query value: {@code ""} for ascending, {@code "-"} for
   * descending.
   */
  public String prefix() {
    return this == DESC ? "-" : "";
  }

  /** Returns the sort direction as sent on the wire. */
  @JsonValue
  public String value() {
    return value;
  }
}
