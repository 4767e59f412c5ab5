package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/**
 * An issue raised on a sample.
 *
 * @param uuid the issue id
 * @param description the description
 * @param createdAt when the issue was created
 * @param updatedAt when the issue was last updated
 * @param createdBy who created the issue
 * @param updatedBy who last updated the issue
 * @param status open or closed
 * @param comments the comments (may be empty)
 * @param anchor where the issue points to, or {@code null}
 * @param sampleUuid the sample
 * @param sampleName the sample name
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Issue(
    @Required String uuid,
    @Required String description,
    @Required Instant createdAt,
    @Required Instant updatedAt,
    @Required String createdBy,
    @Required String updatedBy,
    @Required IssueStatus status,
    @Required List<IssueComment> comments,
    IssueAnchor anchor,
    @Required String sampleUuid,
    @Required String sampleName) {

  /** Copies the comments. */
  public Issue {
    comments = ModelCollections.list(comments);
  }
}
