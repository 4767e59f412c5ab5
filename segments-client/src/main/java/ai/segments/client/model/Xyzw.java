package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A quaternion.
 *
 * @param qx the x component
 * @param qy the y component
 * @param qz the z component
 * @param qw the scalar component
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Xyzw(
    @Required Double qx, @Required Double qy, @Required Double qz, @Required Double qw) {}
