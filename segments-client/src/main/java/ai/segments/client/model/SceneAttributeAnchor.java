package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An issue anchor of type {@code sceneAttribute}: an image-level attribute.
 *
 * @param sceneAttribute the attribute name ({@code sceneAttribute})
 * @param sensor the sensor name, or {@code null}
 * @param frame the frame index, or {@code null}
 */
public record SceneAttributeAnchor(
    @Required @JsonProperty(value = "sceneAttribute", required = true) String sceneAttribute,
    String sensor,
    Integer frame)
    implements IssueAnchor {}
