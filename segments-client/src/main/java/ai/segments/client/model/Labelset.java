package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * A labelset of a dataset; the default one is {@code ground-truth}.
 *
 * @param name the labelset name
 * @param description the description (may be empty)
 * @param isGroundtruth whether this is the ground-truth labelset
 * @param createdAt when the labelset was created
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Labelset(
    @Required String name,
    @Required String description,
    Boolean isGroundtruth,
    Instant createdAt) {}
