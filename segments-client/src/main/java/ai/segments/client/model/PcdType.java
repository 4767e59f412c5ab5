package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonValue;

/** Format of a point cloud file (API §4.1); {@code kitti} and {@code nuscenes} are aliases. */
public enum PcdType implements ApiEnum {
  /** {@code pcd}. */
  PCD("pcd"),
  /** {@code binary-xyzi}. */
  BINARY_XYZI("binary-xyzi"),
  /** {@code kitti}. */
  KITTI("kitti"),
  /** {@code binary-xyzir}. */
  BINARY_XYZIR("binary-xyzir"),
  /** {@code nuscenes}. */
  NUSCENES("nuscenes"),
  /** {@code ply}. */
  PLY("ply"),
  /** {@code las}. */
  LAS("las"),
  /** {@code splat}. */
  SPLAT("splat"),
  /** A point cloud type this client does not know; only produced in lenient mode. */
  @JsonEnumDefaultValue
  UNKNOWN(ApiEnum.UNKNOWN_VALUE);

  private final String value;

  PcdType(String value) {
    this.value = value;
  }

  /**
   * Returns the point cloud type with the given wire value; throws IllegalArgumentException if
   * unknown.
   */
  public static PcdType fromValue(String value) {
    return ApiEnum.fromValue(PcdType.class, value);
  }

  /** Returns the point cloud type as sent on the wire. */
  @JsonValue
  public String value() {
    return value;
  }
}
