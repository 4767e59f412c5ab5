package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A frame of an image sequence sample.
 *
 * @param image the image
 * @param name the frame name
 * @param timestamp the timestamp as sent: a string or a number (nanoseconds per the docs)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ImageFrame(@Required Url image, String name, Object timestamp) {}
