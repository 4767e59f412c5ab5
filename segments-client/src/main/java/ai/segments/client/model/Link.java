package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/**
 * A link between two annotated objects.
 *
 * @param fromId the id of the source object (track id in sequences)
 * @param toId the id of the target object
 * @param attributes the link attribute values, or {@code null}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Link(
    @Required Integer fromId, @Required Integer toId, Map<String, Object> attributes) {

  /** Copies the attributes. */
  public Link {
    attributes = ModelCollections.map(attributes);
  }
}
