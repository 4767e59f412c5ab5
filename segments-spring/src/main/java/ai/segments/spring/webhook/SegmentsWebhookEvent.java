package ai.segments.spring.webhook;

import ai.segments.client.model.WebhookEventType;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;

/**
 * A verified Segments.ai webhook notification, published as a Spring application event. Listen with
 * {@code @EventListener}:
 *
 * <pre>{@code
 * @EventListener
 * void onLabel(SegmentsWebhookEvent event) {
 *   if (event.type() == WebhookEventType.LABEL_UPDATED) {
 *     event.objectAs(Label.class).ifPresent(label -> ...);
 *   }
 * }
 * }</pre>
 *
 * @param messageId the message id ({@code svix-id}), identical for re-deliveries
 * @param type the event type; {@link WebhookEventType#UNKNOWN} for a type this version does not
 *     know (see {@link #eventType()} for the wire value)
 * @param eventType the event type as sent, e.g. {@code label.updated}
 * @param dataset the dataset concerned, as {@code owner/name}
 * @param createdAt when the event happened
 * @param text a human-readable summary, may be {@code null}
 * @param object the envelope's {@code object} read into the model class of the event type ({@link
 *     ai.segments.client.model.Dataset}, {@link ai.segments.client.model.Sample}, {@link
 *     ai.segments.client.model.Label}, {@link ai.segments.client.model.Issue} or {@link
 *     ai.segments.client.model.Release}), or the raw {@link JsonNode} when the type is unknown or
 *     the object does not fit the model; {@code null} when the envelope has no object
 * @param payload the whole envelope as received
 */
public record SegmentsWebhookEvent(
    String messageId,
    WebhookEventType type,
    String eventType,
    String dataset,
    Instant createdAt,
    String text,
    Object object,
    JsonNode payload) {

  /**
   * The object as the given model class, if it was read as one.
   *
   * @param type the model class, e.g. {@code Sample.class}
   * @param <T> the model type
   * @return the object, or empty when it is of another class or raw JSON
   */
  public <T> Optional<T> objectAs(Class<T> type) {
    return type.isInstance(object) ? Optional.of(type.cast(object)) : Optional.empty();
  }

  /**
   * The envelope's {@code object} as received.
   *
   * @return the raw object, or a missing node when absent
   */
  public JsonNode rawObject() {
    return payload.path("object");
  }
}
