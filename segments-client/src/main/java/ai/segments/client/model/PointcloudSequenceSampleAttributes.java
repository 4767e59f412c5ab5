package ai.segments.client.model;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Attributes of a point cloud sequence sample.
 *
 * @param frames the point cloud frames in order
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonDeserialize(using = JsonDeserializer.None.class)
public record PointcloudSequenceSampleAttributes(@Required List<PointcloudSampleAttributes> frames)
    implements SampleAttributes {

  /** Copies the frames. */
  public PointcloudSequenceSampleAttributes {
    frames = ModelCollections.list(frames);
  }
}
