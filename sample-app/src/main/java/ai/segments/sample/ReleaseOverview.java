package ai.segments.sample;

import java.time.Instant;
import java.util.List;

/**
 * A row of the dashboard's Releases table.
 *
 * @param dataset the dataset, {@code owner/name}
 * @param name the release name
 * @param status {@code SUCCEEDED}, {@code FAILED}, {@code PENDING} or {@code UNKNOWN}
 * @param samplesCount the number of samples, when known
 * @param reason why it failed, when it did
 * @param updatedAt when it was created or last changed
 * @param taskType the dataset's task type, when known
 * @param exports one link per export format that applies to the task type, once {@code SUCCEEDED}
 */
public record ReleaseOverview(
    String dataset,
    String name,
    String status,
    Long samplesCount,
    String reason,
    Instant updatedAt,
    String taskType,
    List<ExportLink> exports) {}
