package ai.segments.client.model;

import java.util.Optional;

/** The attribute variants that belong to each task type (API §3.6). */
public final class AttributeVariants {

  private AttributeVariants() {}

  /**
   * Returns the sample attributes variant of a task type.
   *
   * @param taskType the task type, may be {@code null}
   * @return the variant, or empty for {@code null}, {@code EMPTY} and {@code UNKNOWN}
   */
  public static Optional<Class<? extends SampleAttributes>> sampleAttributesFor(TaskType taskType) {
    if (taskType == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        switch (taskType) {
          case SEGMENTATION_BITMAP, SEGMENTATION_BITMAP_HIGHRES, BBOXES, VECTOR, KEYPOINTS ->
              ImageSampleAttributes.class;
          case IMAGE_SEGMENTATION_SEQUENCE, IMAGE_VECTOR_SEQUENCE ->
              ImageSequenceSampleAttributes.class;
          case POINTCLOUD_CUBOID, POINTCLOUD_SEGMENTATION, POINTCLOUD_VECTOR ->
              PointcloudSampleAttributes.class;
          case POINTCLOUD_CUBOID_SEQUENCE,
              POINTCLOUD_SEGMENTATION_SEQUENCE,
              POINTCLOUD_VECTOR_SEQUENCE ->
              PointcloudSequenceSampleAttributes.class;
          case MULTISENSOR_SEQUENCE -> MultiSensorSampleAttributes.class;
          case EMPTY, UNKNOWN -> null;
        });
  }

  /**
   * Returns the label attributes variant of a task type.
   *
   * @param taskType the task type, may be {@code null}
   * @return the variant, or empty for {@code null}, {@code EMPTY} and {@code UNKNOWN}
   */
  public static Optional<Class<? extends LabelAttributes>> labelAttributesFor(TaskType taskType) {
    if (taskType == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        switch (taskType) {
          case SEGMENTATION_BITMAP, SEGMENTATION_BITMAP_HIGHRES ->
              ImageSegmentationLabelAttributes.class;
          case BBOXES, VECTOR, KEYPOINTS -> ImageVectorLabelAttributes.class;
          case IMAGE_SEGMENTATION_SEQUENCE -> ImageSequenceSegmentationLabelAttributes.class;
          case IMAGE_VECTOR_SEQUENCE -> ImageSequenceVectorLabelAttributes.class;
          case POINTCLOUD_CUBOID -> PointcloudCuboidLabelAttributes.class;
          case POINTCLOUD_SEGMENTATION -> PointcloudSegmentationLabelAttributes.class;
          case POINTCLOUD_VECTOR -> PointcloudVectorLabelAttributes.class;
          case POINTCLOUD_CUBOID_SEQUENCE -> PointcloudSequenceCuboidLabelAttributes.class;
          case POINTCLOUD_SEGMENTATION_SEQUENCE ->
              PointcloudSequenceSegmentationLabelAttributes.class;
          case POINTCLOUD_VECTOR_SEQUENCE -> PointcloudSequenceVectorLabelAttributes.class;
          case MULTISENSOR_SEQUENCE -> MultiSensorLabelAttributes.class;
          case EMPTY, UNKNOWN -> null;
        });
  }
}
