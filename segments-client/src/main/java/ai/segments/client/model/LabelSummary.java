package ai.segments.client.model;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * The short form of a label in samples listed with a {@code labelset}.
 *
 * @param score the label score, or {@code null}
 * @param labelStatus the label status
 * @param updatedAt when the label was last updated
 * @param createdBy who created the label
 * @param reviewedBy who reviewed the label
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonDeserialize(using = JsonDeserializer.None.class)
public record LabelSummary(
    Double score,
    @Required LabelStatus labelStatus,
    Instant updatedAt,
    String createdBy,
    String reviewedBy)
    implements SampleLabel {}
