package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Velocity or acceleration of a cuboid.
 *
 * @param relative the value relative to the ego vehicle; the key is required but may be null
 * @param absolute the absolute value
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Velocity(@JsonProperty(required = true) Double relative, @Required Double absolute) {}
