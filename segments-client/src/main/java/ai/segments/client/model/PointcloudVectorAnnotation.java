package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * An annotation that may appear in point cloud vector labels, discriminated by {@code type}: {@code
 * polygon}, {@code polyline}, {@code point} (and {@code bbox} in image labels) → {@link
 * VectorAnnotation}; {@code cuboid}, {@code cuboid-sync} → {@link CuboidAnnotation}.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "type",
    visible = true)
@JsonSubTypes({
  @JsonSubTypes.Type(
      value = VectorAnnotation.class,
      names = {"bbox", "polygon", "polyline", "point"}),
  @JsonSubTypes.Type(
      value = CuboidAnnotation.class,
      names = {"cuboid", "cuboid-sync"})
})
public sealed interface PointcloudVectorAnnotation permits VectorAnnotation, CuboidAnnotation {

  /**
   * Returns the annotation type.
   *
   * @return the type
   */
  AnnotationType type();
}
