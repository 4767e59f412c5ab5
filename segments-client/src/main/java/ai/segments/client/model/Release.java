package ai.segments.client.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * A release (a JSON export) of a dataset.
 *
 * @param uuid the release id
 * @param name the release name
 * @param description the description
 * @param releaseType the release type, {@code JSON}
 * @param attributes the release file; its {@code url} is {@code null} while pending
 * @param status the release status
 * @param createdAt when the release was created
 * @param samplesCount the number of samples in the release
 * @param statusInfo why the release {@code FAILED}, when the server says (optional)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Release(
    @Required String uuid,
    @Required String name,
    @Required String description,
    @Required String releaseType,
    @Required Url attributes,
    @Required ReleaseStatus status,
    @Required Instant createdAt,
    @Required Long samplesCount,
    String statusInfo) {}
