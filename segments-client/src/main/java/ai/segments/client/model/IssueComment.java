package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * A comment on an issue.
 *
 * @param createdAt when the comment was written
 * @param createdBy who wrote the comment
 * @param text the comment text
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record IssueComment(
    @Required Instant createdAt, @Required String createdBy, @Required String text) {}
