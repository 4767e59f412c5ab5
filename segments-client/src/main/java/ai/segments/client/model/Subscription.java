package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonValue;

/** Subscription plan of a user or organization (API §4.1). */
public enum Subscription implements ApiEnum {
  /** {@code FREE}. */
  FREE("FREE"),
  /** {@code STANDARD}. */
  STANDARD("STANDARD"),
  /** {@code ENTERPRISE}. */
  ENTERPRISE("ENTERPRISE"),
  /** {@code ACADEMIC}. */
  ACADEMIC("ACADEMIC"),
  /** {@code TRIAL}. */
  TRIAL("TRIAL"),
  /** A subscription this client does not know; only produced in lenient mode. */
  @JsonEnumDefaultValue
  UNKNOWN(ApiEnum.UNKNOWN_VALUE);

  private final String value;

  Subscription(String value) {
    this.value = value;
  }

  /**
   * Returns the subscription with the given wire value; throws IllegalArgumentException if unknown.
   */
  public static Subscription fromValue(String value) {
    return ApiEnum.fromValue(Subscription.class, value);
  }

  /** Returns the subscription as sent on the wire. */
  @JsonValue
  public String value() {
    return value;
  }
}
