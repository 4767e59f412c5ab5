package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A collaborator of a dataset.
 *
 * @param user the user
 * @param role the role on the dataset
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Collaborator(@Required User user, @Required Role role) {}
