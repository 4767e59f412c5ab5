package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The response of the bulk sample delete.
 *
 * @param deletedCount the number of samples deleted (unknown UUIDs are skipped)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DeleteSamplesResponse(@Required Long deletedCount) {}
