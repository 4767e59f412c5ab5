package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A sample of a dataset.
 *
 * @param uuid the sample id
 * @param name the sample name, unique in its dataset
 * @param attributes the sample data, or {@code null}
 * @param metadata free-form metadata (JSON values)
 * @param createdAt when the sample was created
 * @param createdBy who created the sample
 * @param readme the readme; {@code ""} when absent, as in the SDK
 * @param assignedLabeler the assigned labeler, or {@code null}
 * @param assignedReviewer the assigned reviewer, or {@code null}
 * @param priority the labeling priority
 * @param label the label of the requested labelset (full or summary), or {@code null}
 * @param issues the issues of the sample, or {@code null}
 * @param datasetFullName the dataset as {@code owner/name}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Sample(
    @Required String uuid,
    @Required String name,
    SampleAttributes attributes,
    @Required Map<String, Object> metadata,
    @Required Instant createdAt,
    @Required String createdBy,
    String readme,
    String assignedLabeler,
    String assignedReviewer,
    @Required Double priority,
    SampleLabel label,
    List<Issue> issues,
    String datasetFullName) {

  /** Copies the metadata and issues; a missing readme is {@code ""}. */
  public Sample {
    readme = (readme != null) ? readme : "";
    metadata = ModelCollections.map(metadata);
    issues = ModelCollections.list(issues);
  }
}
