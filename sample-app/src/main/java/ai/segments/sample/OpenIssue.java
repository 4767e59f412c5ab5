package ai.segments.sample;

import ai.segments.client.model.Issue;
import java.time.Instant;

/**
 * An open issue of a dataset, as answered by {@code /api/datasets/{owner}/{name}/issues}.
 *
 * @param uuid the issue id
 * @param sampleUuid the sample the issue is about
 * @param sampleName that sample's name
 * @param description what the issue says
 * @param createdBy who raised it
 * @param createdAt when it was raised
 * @param updatedAt when it last changed
 * @param comments how many comments it has
 */
public record OpenIssue(
    String uuid,
    String sampleUuid,
    String sampleName,
    String description,
    String createdBy,
    Instant createdAt,
    Instant updatedAt,
    int comments) {

  /**
   * The view of an API issue.
   *
   * @param issue the issue
   * @return the view
   */
  public static OpenIssue of(Issue issue) {
    return new OpenIssue(
        issue.uuid(),
        issue.sampleUuid(),
        issue.sampleName(),
        issue.description(),
        issue.createdBy(),
        issue.createdAt(),
        issue.updatedAt(),
        issue.comments().size());
  }
}
