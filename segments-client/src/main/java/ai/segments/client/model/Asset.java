package ai.segments.client.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * An uploaded asset (the API's {@code File}, returned by {@code POST /assets/}).
 *
 * @param uuid the asset id
 * @param filename the file name
 * @param url the public-but-unguessable URL to use in sample and label attributes
 * @param createdAt when the asset was created
 * @param presignedPostFields the upload target ({@code presignedPostFields})
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Asset(
    @Required String uuid,
    @Required String filename,
    @Required String url,
    @Required Instant createdAt,
    @Required @JsonProperty(value = "presignedPostFields", required = true)
        PresignedPostFields presignedPostFields) {}
