package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * An object of an image or point cloud segmentation label, outside sequences (sequence frames hold
 * {@link SequenceSegmentationAnnotation}s).
 *
 * @param id the object id (the value in the segmentation bitmap or point annotations)
 * @param categoryId the category id
 * @param attributes the attribute values of the segmented object, or {@code null}
 * @param trackId the track of the segment (legacy outside sequences)
 * @param isKeyframe whether the segment is a keyframe of its track (legacy outside sequences)
 * @param index the frame index of the segment (documented, but not in the SDK model)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SegmentationAnnotation(
    @Required Integer id,
    @Required Integer categoryId,
    Map<String, Object> attributes,
    Integer trackId,
    Boolean isKeyframe,
    Integer index) {

  /** Copies the attributes. */
  public SegmentationAnnotation {
    attributes = ModelCollections.map(attributes);
  }
}
