package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * An object in a frame of an image or point cloud segmentation sequence label: like a {@link
 * SegmentationAnnotation}, but its track is required, as in the SDK.
 *
 * @param id the object id (the value in the segmentation bitmap or point annotations)
 * @param categoryId the category id
 * @param attributes the attribute values of the segmented object, or {@code null}
 * @param trackId the track of the segment; required
 * @param isKeyframe whether the segment is a keyframe of its track; {@code false} when absent
 * @param index the frame index of the segment (documented, but not in the SDK model)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SequenceSegmentationAnnotation(
    @Required Integer id,
    @Required Integer categoryId,
    Map<String, Object> attributes,
    @Required Integer trackId,
    Boolean isKeyframe,
    Integer index) {

  /** Copies the attributes; a missing {@code is_keyframe} is {@code false}. */
  public SequenceSegmentationAnnotation {
    attributes = ModelCollections.map(attributes);
    isKeyframe = (isKeyframe != null) ? isKeyframe : Boolean.FALSE;
  }
}
