package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A 3D issue location in world coordinates.
 *
 * @param x the world x coordinate
 * @param y the world y coordinate
 * @param z the world z coordinate
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Location3d(@Required Double x, @Required Double y, @Required Double z)
    implements IssueLocation {}
