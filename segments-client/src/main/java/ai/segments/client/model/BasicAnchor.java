package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * An issue anchor of type {@code basic}: a sample, optionally narrowed to a sensor and a frame.
 *
 * @param sensor the sensor name, or {@code null}
 * @param frame the frame index, or {@code null}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BasicAnchor(String sensor, Integer frame) implements IssueAnchor {}
