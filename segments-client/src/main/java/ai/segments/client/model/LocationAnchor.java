package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * An issue anchor of type {@code location}: a point in the image or point cloud.
 *
 * @param location the point
 * @param sensor the sensor name, or {@code null}
 * @param frame the frame index, or {@code null}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record LocationAnchor(@Required IssueLocation location, String sensor, Integer frame)
    implements IssueAnchor {}
