package ai.segments.client.model;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * Label attributes of {@code pointcloud-segmentation}.
 *
 * @param annotations the objects
 * @param pointAnnotations the annotation id of every point, in point order (0 = none)
 * @param imageAttributes the image-level attribute values, or {@code null}
 * @param formatVersion the format version of this pointcloud segmentation label as sent (e.g.
 *     {@code "0.1"})
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonDeserialize(using = JsonDeserializer.None.class)
public record PointcloudSegmentationLabelAttributes(
    @Required List<SegmentationAnnotation> annotations,
    @Required List<Integer> pointAnnotations,
    Map<String, Object> imageAttributes,
    Object formatVersion)
    implements LabelAttributes {

  /** Makes unmodifiable copies of the collections. */
  public PointcloudSegmentationLabelAttributes {
    annotations = ModelCollections.list(annotations);
    pointAnnotations = ModelCollections.list(pointAnnotations);
    imageAttributes = ModelCollections.map(imageAttributes);
  }
}
