package ai.segments.client.model;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * Attributes of a point cloud sample, also the frame of a point cloud sequence.
 *
 * @param pcd the point cloud file
 * @param images the calibrated camera images (the API default is an empty list)
 * @param egoPose the ego pose
 * @param defaultZ the ground-plane height
 * @param name the frame name
 * @param timestamp the timestamp as sent: a string or a number
 * @param bounds the bounds of the point cloud
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonDeserialize(using = JsonDeserializer.None.class)
public record PointcloudSampleAttributes(
    @Required Pcd pcd,
    List<CalibratedImage> images,
    EgoPose egoPose,
    Double defaultZ,
    String name,
    Object timestamp,
    Bounds bounds)
    implements SampleAttributes {

  /** Copies the images. */
  public PointcloudSampleAttributes {
    images = ModelCollections.list(images);
  }
}
