package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * An annotation in a frame of a point cloud sequence vector label, discriminated by {@code type}:
 * {@code polygon}, {@code polyline}, {@code point} → {@link SequenceVectorAnnotation}; {@code
 * cuboid}, {@code cuboid-sync} → {@link SequenceCuboidAnnotation}. Both require a track.
 */
@JsonTypeInfo(
    use = JsonTypeInfo.Id.NAME,
    include = JsonTypeInfo.As.EXISTING_PROPERTY,
    property = "type",
    visible = true)
@JsonSubTypes({
  @JsonSubTypes.Type(
      value = SequenceVectorAnnotation.class,
      names = {"bbox", "polygon", "polyline", "point"}),
  @JsonSubTypes.Type(
      value = SequenceCuboidAnnotation.class,
      names = {"cuboid", "cuboid-sync"})
})
public sealed interface PointcloudSequenceVectorAnnotation
    permits SequenceVectorAnnotation, SequenceCuboidAnnotation {

  /**
   * Returns the annotation type.
   *
   * @return the type
   */
  AnnotationType type();

  /**
   * Returns the track of the annotation.
   *
   * @return the track id
   */
  Integer trackId();
}
