package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonValue;

/** Task type of a dataset, a label or a multi-sensor sensor (API §4.1). */
public enum TaskType implements ApiEnum {
  /** {@code segmentation-bitmap}. */
  SEGMENTATION_BITMAP("segmentation-bitmap"),
  /** {@code segmentation-bitmap-highres}. */
  SEGMENTATION_BITMAP_HIGHRES("segmentation-bitmap-highres"),
  /** {@code image-segmentation-sequence}. */
  IMAGE_SEGMENTATION_SEQUENCE("image-segmentation-sequence"),
  /** {@code bboxes}. */
  BBOXES("bboxes"),
  /** {@code vector}. */
  VECTOR("vector"),
  /** {@code image-vector-sequence}. */
  IMAGE_VECTOR_SEQUENCE("image-vector-sequence"),
  /** {@code keypoints}. */
  KEYPOINTS("keypoints"),
  /** {@code pointcloud-cuboid}. */
  POINTCLOUD_CUBOID("pointcloud-cuboid"),
  /** {@code pointcloud-cuboid-sequence}. */
  POINTCLOUD_CUBOID_SEQUENCE("pointcloud-cuboid-sequence"),
  /** {@code pointcloud-segmentation}. */
  POINTCLOUD_SEGMENTATION("pointcloud-segmentation"),
  /** {@code pointcloud-segmentation-sequence}. */
  POINTCLOUD_SEGMENTATION_SEQUENCE("pointcloud-segmentation-sequence"),
  /** {@code pointcloud-vector}. */
  POINTCLOUD_VECTOR("pointcloud-vector"),
  /** {@code pointcloud-vector-sequence}. */
  POINTCLOUD_VECTOR_SEQUENCE("pointcloud-vector-sequence"),
  /** {@code multisensor-sequence}. */
  MULTISENSOR_SEQUENCE("multisensor-sequence"),
  /** The empty task type {@code ""} the API allows. */
  EMPTY(""),
  /** A task type this client does not know; only produced in lenient mode. */
  @JsonEnumDefaultValue
  UNKNOWN(ApiEnum.UNKNOWN_VALUE);

  private final String value;

  TaskType(String value) {
    this.value = value;
  }

  /**
   * Returns the task type with the given wire value; throws IllegalArgumentException if unknown.
   */
  public static TaskType fromValue(String value) {
    return ApiEnum.fromValue(TaskType.class, value);
  }

  /** Returns the task type as sent on the wire. */
  @JsonValue
  public String value() {
    return value;
  }
}
