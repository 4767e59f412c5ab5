package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A 2D issue location in image coordinates.
 *
 * @param x the image x coordinate (pixels)
 * @param y the image y coordinate (pixels)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Location2d(@Required Double x, @Required Double y) implements IssueLocation {}
