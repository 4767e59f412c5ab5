package ai.segments.client.model;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * Label attributes of {@code pointcloud-cuboid}.
 *
 * @param annotations the cuboids
 * @param links the links between objects, or {@code null}
 * @param imageAttributes the image-level attribute values, or {@code null}
 * @param formatVersion the format version of this pointcloud cuboid label as sent (e.g. {@code
 *     "0.1"})
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonDeserialize(using = JsonDeserializer.None.class)
public record PointcloudCuboidLabelAttributes(
    @Required List<CuboidAnnotation> annotations,
    List<Link> links,
    Map<String, Object> imageAttributes,
    Object formatVersion)
    implements LabelAttributes {

  /** Makes unmodifiable copies of the collections. */
  public PointcloudCuboidLabelAttributes {
    annotations = ModelCollections.list(annotations);
    links = ModelCollections.list(links);
    imageAttributes = ModelCollections.map(imageAttributes);
  }
}
