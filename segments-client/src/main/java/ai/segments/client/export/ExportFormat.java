package ai.segments.client.export;

import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.internal.Arguments;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SDK's export formats ({@code ExportFormat}) with the task types it exports to each ({@code
 * COMPATIBLE_TASK_TYPES}).
 */
public enum ExportFormat {
  /** COCO panoptic: a JSON file and one panoptic PNG per sample. */
  COCO_PANOPTIC("coco-panoptic", SegmentationTypes.BITMAPS),
  /** COCO instance: one JSON file (RLE masks, boxes, keypoints, polygons). */
  COCO_INSTANCE(
      "coco-instance",
      Set.of("vector", "bboxes", "segmentation-bitmap", "segmentation-bitmap-highres")),
  /** YOLO: one text file of normalized boxes per image (or frame). */
  YOLO("yolo", Set.of("vector", "bboxes", "image-vector-sequence")),
  /** Instance PNGs: the instance id of every pixel. */
  INSTANCE("instance", SegmentationTypes.BITMAPS),
  /** Colored instance PNGs. */
  INSTANCE_COLOR("instance-color", SegmentationTypes.BITMAPS),
  /** Semantic PNGs: the category id of every pixel. */
  SEMANTIC("semantic", SegmentationTypes.BITMAPS),
  /** Colored semantic PNGs, in the categories' colors. */
  SEMANTIC_COLOR("semantic-color", SegmentationTypes.BITMAPS),
  /** Polygons: one JSON file of every instance's contours. */
  POLYGON("polygon", SegmentationTypes.BITMAPS);

  private final String value;
  private final Set<String> taskTypes;

  ExportFormat(String value, Set<String> taskTypes) {
    this.value = value;
    this.taskTypes = taskTypes;
  }

  /**
   * The format's name, as the SDK and the sample app's {@code format} parameter spell it.
   *
   * @return e.g. {@code coco-panoptic}
   */
  public String value() {
    return this.value;
  }

  /**
   * The task types the SDK exports to this format.
   *
   * @return the task type values
   */
  public Set<String> taskTypes() {
    return this.taskTypes;
  }

  /**
   * Whether the SDK exports datasets of a task type to this format.
   *
   * @param taskType a task type value, e.g. {@code vector}
   * @return {@code true} if supported
   */
  public boolean supports(String taskType) {
    return this.taskTypes.contains(taskType);
  }

  /**
   * Checks that the SDK exports datasets of a task type to this format.
   *
   * @param taskType a task type value
   * @throws ai.segments.client.exception.ValidationException if it does not
   */
  public void requireSupports(String taskType) {
    if (!supports(taskType)) {
      throw Arguments.invalid(
          "datasets of task type "
              + taskType
              + " cannot be exported to "
              + this.value
              + "; supported: "
              + this.taskTypes.stream().sorted().collect(Collectors.joining(", ")),
          SegmentsOperation.EXPORT_DATASET.operationName());
    }
  }

  /**
   * The format with a name.
   *
   * @param value e.g. {@code yolo}
   * @return the format
   * @throws ai.segments.client.exception.ValidationException if no format has that name
   */
  public static ExportFormat fromValue(String value) {
    return Arrays.stream(values())
        .filter(format -> format.value.equals(value))
        .findFirst()
        .orElseThrow(
            () ->
                Arguments.invalid(
                    "unknown export format "
                        + value
                        + "; one of "
                        + Arrays.stream(values())
                            .map(ExportFormat::value)
                            .collect(Collectors.joining(", ")),
                    SegmentsOperation.EXPORT_DATASET.operationName()));
  }

  /** The task types with segmentation bitmaps. */
  private static final class SegmentationTypes {
    static final Set<String> BITMAPS = Set.of("segmentation-bitmap", "segmentation-bitmap-highres");
  }
}
