package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * A frame of an image vector sequence label.
 *
 * @param annotations the 2D shapes in this frame
 * @param timestamp the frame timestamp as sent: a string or a number
 * @param imageAttributes the image-level attribute values, or {@code null}
 * @param formatVersion the format version of this image sequence vector frame as sent (e.g. {@code
 *     "0.1"})
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ImageSequenceVectorFrame(
    @Required List<SequenceVectorAnnotation> annotations,
    Object timestamp,
    Map<String, Object> imageAttributes,
    Object formatVersion) {

  /** Makes unmodifiable copies of the collections. */
  public ImageSequenceVectorFrame {
    annotations = ModelCollections.list(annotations);
    imageAttributes = ModelCollections.map(imageAttributes);
  }
}
