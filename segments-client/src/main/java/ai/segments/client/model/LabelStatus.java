package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonValue;

/** Status of a label (API §4.1). */
public enum LabelStatus implements ApiEnum {
  /** {@code REVIEWED}. */
  REVIEWED("REVIEWED"),
  /** {@code REVIEWING_IN_PROGRESS}. */
  REVIEWING_IN_PROGRESS("REVIEWING_IN_PROGRESS"),
  /** {@code LABELED}. */
  LABELED("LABELED"),
  /** {@code LABELING_IN_PROGRESS}. */
  LABELING_IN_PROGRESS("LABELING_IN_PROGRESS"),
  /** {@code REJECTED}. */
  REJECTED("REJECTED"),
  /** {@code PRELABELED}. */
  PRELABELED("PRELABELED"),
  /** {@code SKIPPED}. */
  SKIPPED("SKIPPED"),
  /** {@code VERIFIED}. */
  VERIFIED("VERIFIED"),
  /** {@code UNLABELED}. */
  UNLABELED("UNLABELED"),
  /** A label status this client does not know; only produced in lenient mode. */
  @JsonEnumDefaultValue
  UNKNOWN(ApiEnum.UNKNOWN_VALUE);

  private final String value;

  LabelStatus(String value) {
    this.value = value;
  }

  /**
   * Returns the label status with the given wire value; throws IllegalArgumentException if unknown.
   */
  public static LabelStatus fromValue(String value) {
    return ApiEnum.fromValue(LabelStatus.class, value);
  }

  /** Returns the label status as sent on the wire. */
  @JsonValue
  public String value() {
    return value;
  }
}
