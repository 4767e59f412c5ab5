package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * The point of a {@link LocationAnchor}, discriminated by {@code type}: {@code 2d} or {@code 3d}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Location2d.class, name = "2d"),
  @JsonSubTypes.Type(value = Location3d.class, name = "3d")
})
public sealed interface IssueLocation permits Location2d, Location3d {}
