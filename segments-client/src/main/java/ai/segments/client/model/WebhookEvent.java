package ai.segments.client.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/**
 * The JSON body of a webhook notification (API §6.1). Verify the signature on the raw bytes before
 * reading it.
 *
 * @param eventType what happened
 * @param createdAt when it happened (ISO-8601 with a {@code +00:00} offset)
 * @param apiVersion the API version, e.g. {@code 2021-08-01}
 * @param dataset the dataset as {@code owner/name}
 * @param object the dataset, sample, label, issue or release concerned, in its REST representation;
 *     read it with {@code mapper.treeToValue(object, Sample.class)} and so on
 * @param text a human-readable summary
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record WebhookEvent(
    @Required WebhookEventType eventType,
    @Required Instant createdAt,
    String apiVersion,
    String dataset,
    JsonNode object,
    String text) {}
