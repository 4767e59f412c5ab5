package ai.segments.client.model;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * Label attributes of {@code segmentation-bitmap} and {@code segmentation-bitmap-highres}.
 *
 * @param annotations the objects
 * @param segmentationBitmap the RGBA PNG whose RGB value is the annotation id
 * @param imageAttributes the image-level attribute values, or {@code null}
 * @param formatVersion the format version of this image segmentation label as sent (e.g. {@code
 *     "0.1"})
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonDeserialize(using = JsonDeserializer.None.class)
public record ImageSegmentationLabelAttributes(
    @Required List<SegmentationAnnotation> annotations,
    @Required Url segmentationBitmap,
    Map<String, Object> imageAttributes,
    Object formatVersion)
    implements LabelAttributes {

  /** Makes unmodifiable copies of the collections. */
  public ImageSegmentationLabelAttributes {
    annotations = ModelCollections.list(annotations);
    imageAttributes = ModelCollections.map(imageAttributes);
  }
}
