package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonValue;

/** Sort key of {@code get_samples} (API §2.5). */
public enum SampleSortKey implements ApiEnum {
  /** {@code name}. */
  NAME("name"),
  /** {@code created_at}. */
  CREATED_AT("created_at"),
  /** {@code priority}. */
  PRIORITY("priority"),
  /** {@code gt_label__updated_at}. */
  GT_LABEL_UPDATED_AT("gt_label__updated_at"),
  /** A sample sort key this client does not know; only produced in lenient mode. */
  @JsonEnumDefaultValue
  UNKNOWN(ApiEnum.UNKNOWN_VALUE);

  private final String value;

  SampleSortKey(String value) {
    this.value = value;
  }

  /**
   * Returns the sample sort key with the given wire value; throws IllegalArgumentException if
   * unknown.
   */
  public static SampleSortKey fromValue(String value) {
    return ApiEnum.fromValue(SampleSortKey.class, value);
  }

  /** Returns the sample sort key as sent on the wire. */
  @JsonValue
  public String value() {
    return value;
  }
}
