package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * A frame of an image segmentation sequence label.
 *
 * @param annotations the objects in this frame
 * @param segmentationBitmap the RGBA PNG whose RGB value is the annotation id
 * @param timestamp the frame timestamp as sent: a string or a number
 * @param imageAttributes the image-level attribute values, or {@code null}
 * @param formatVersion the format version of this image sequence segmentation frame as sent (e.g.
 *     {@code "0.1"})
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ImageSequenceSegmentationFrame(
    @Required List<SequenceSegmentationAnnotation> annotations,
    Url segmentationBitmap,
    Object timestamp,
    Map<String, Object> imageAttributes,
    Object formatVersion) {

  /** Makes unmodifiable copies of the collections. */
  public ImageSequenceSegmentationFrame {
    annotations = ModelCollections.list(annotations);
    imageAttributes = ModelCollections.map(imageAttributes);
  }
}
