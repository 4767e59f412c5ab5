package ai.segments.client.model;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Label attributes of {@code image-vector-sequence}.
 *
 * @param frames the image sequence vector frames in order
 * @param links the links between objects, or {@code null}
 * @param formatVersion the format version of this image sequence vector label as sent (e.g. {@code
 *     "0.1"})
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonDeserialize(using = JsonDeserializer.None.class)
public record ImageSequenceVectorLabelAttributes(
    @Required List<ImageSequenceVectorFrame> frames, List<Link> links, Object formatVersion)
    implements LabelAttributes {

  /** Makes unmodifiable copies of the collections. */
  public ImageSequenceVectorLabelAttributes {
    frames = ModelCollections.list(frames);
    links = ModelCollections.list(links);
  }
}
