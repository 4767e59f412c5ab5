package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.Map;

/**
 * A unit of labeling or reviewing work.
 *
 * @param uuid the work unit id, or {@code null}
 * @param createdAt when the work was done
 * @param createdBy who did the work
 * @param workType the kind of work ({@code label}, {@code review}, {@code normal})
 * @param nextLabelStatus the label status after the work, or {@code null}
 * @param time the active time in milliseconds
 * @param inactiveTime the inactive time in milliseconds
 * @param sampleUuid the sample
 * @param sampleName the sample name
 * @param labelRating the rating given, or {@code null}
 * @param sessionTimeMetrics free-form session metrics (only when requested), or {@code null}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Workunit(
    String uuid,
    @Required Instant createdAt,
    @Required String createdBy,
    @Required String workType,
    String nextLabelStatus,
    @Required Long time,
    @Required Long inactiveTime,
    @Required String sampleUuid,
    @Required String sampleName,
    Integer labelRating,
    Map<String, Object> sessionTimeMetrics) {

  /** Copies the metrics. */
  public Workunit {
    sessionTimeMetrics = ModelCollections.map(sessionTimeMetrics);
  }
}
