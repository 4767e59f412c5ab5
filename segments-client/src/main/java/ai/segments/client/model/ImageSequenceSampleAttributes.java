package ai.segments.client.model;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Attributes of an image sequence sample.
 *
 * @param frames the frames in order
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonDeserialize(using = JsonDeserializer.None.class)
public record ImageSequenceSampleAttributes(@Required List<ImageFrame> frames)
    implements SampleAttributes {

  /** Copies the frames. */
  public ImageSequenceSampleAttributes {
    frames = ModelCollections.list(frames);
  }
}
