package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * The owner of a dataset.
 *
 * @param username the user or organization name
 * @param createdAt when the account was created
 * @param email the e-mail address, or {@code null}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Owner(@Required String username, @Required Instant createdAt, String email) {}
