package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A 3D vector.
 *
 * @param x the x coordinate
 * @param y the y coordinate
 * @param z the z coordinate
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Xyz(@Required Double x, @Required Double y, @Required Double z) {}
