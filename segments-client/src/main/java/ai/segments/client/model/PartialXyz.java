package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A 3D vector whose coordinates are each optional (cuboid default sizes, dimension limits).
 *
 * @param x the x coordinate, or {@code null}
 * @param y the y coordinate, or {@code null}
 * @param z the z coordinate, or {@code null}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PartialXyz(Double x, Double y, Double z) {}
