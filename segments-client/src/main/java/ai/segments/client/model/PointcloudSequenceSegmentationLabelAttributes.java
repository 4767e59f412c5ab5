package ai.segments.client.model;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Label attributes of {@code pointcloud-segmentation-sequence}.
 *
 * @param frames the pointcloud sequence segmentation frames in order
 * @param formatVersion the format version of this pointcloud sequence segmentation label as sent
 *     (e.g. {@code "0.1"})
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonDeserialize(using = JsonDeserializer.None.class)
public record PointcloudSequenceSegmentationLabelAttributes(
    @Required List<PointcloudSequenceSegmentationFrame> frames, Object formatVersion)
    implements LabelAttributes {

  /** Makes unmodifiable copies of the collections. */
  public PointcloudSequenceSegmentationLabelAttributes {
    frames = ModelCollections.list(frames);
  }
}
