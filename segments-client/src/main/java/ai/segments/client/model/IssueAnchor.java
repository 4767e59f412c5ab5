package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Where an issue points to, discriminated by {@code type}: {@code basic}, {@code track}, {@code
 * sceneAttribute} or {@code location}. Every variant may name a {@code sensor} and a {@code frame}.
 * Serializing a variant writes its {@code type}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = BasicAnchor.class, name = "basic"),
  @JsonSubTypes.Type(value = TrackAnchor.class, name = "track"),
  @JsonSubTypes.Type(value = SceneAttributeAnchor.class, name = "sceneAttribute"),
  @JsonSubTypes.Type(value = LocationAnchor.class, name = "location")
})
public sealed interface IssueAnchor
    permits BasicAnchor, TrackAnchor, SceneAttributeAnchor, LocationAnchor {

  /**
   * Returns the sensor the issue is about (multi-sensor samples).
   *
   * @return the sensor name, or {@code null}
   */
  String sensor();

  /**
   * Returns the frame the issue is about (sequences).
   *
   * @return the frame index, or {@code null}
   */
  Integer frame();
}
