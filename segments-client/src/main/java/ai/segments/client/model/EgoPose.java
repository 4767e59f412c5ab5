package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The pose of the ego vehicle in world coordinates.
 *
 * @param position the position
 * @param heading the orientation
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EgoPose(@Required Xyz position, @Required Xyzw heading) {}
