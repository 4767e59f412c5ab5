package ai.segments.client.model;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * Label attributes of {@code vector}, {@code bboxes} and {@code keypoints}.
 *
 * @param annotations the 2D shapes
 * @param links the links between objects, or {@code null}
 * @param imageAttributes the image-level attribute values, or {@code null}
 * @param formatVersion the format version of this image vector label as sent (e.g. {@code "0.1"})
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonDeserialize(using = JsonDeserializer.None.class)
public record ImageVectorLabelAttributes(
    @Required List<VectorAnnotation> annotations,
    List<Link> links,
    Map<String, Object> imageAttributes,
    Object formatVersion)
    implements LabelAttributes {

  /** Makes unmodifiable copies of the collections. */
  public ImageVectorLabelAttributes {
    annotations = ModelCollections.list(annotations);
    links = ModelCollections.list(links);
    imageAttributes = ModelCollections.map(imageAttributes);
  }
}
