package ai.segments.spring.webhook;

import ai.segments.client.json.SegmentsJson;
import ai.segments.client.model.WebhookEvent;
import ai.segments.client.model.WebhookEventType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Reads a verified webhook body (API §6.1) into a {@link SegmentsWebhookEvent}. The envelope must
 * be a JSON object with {@code event_type} and {@code created_at}; unknown event types are kept as
 * {@link WebhookEventType#UNKNOWN}, and the {@code object} is read leniently into the model of the
 * event type, falling back to the raw JSON.
 */
public final class WebhookEventReader {

  private final ObjectMapper mapper;

  /** Creates a reader with the client's lenient object mapper. */
  public WebhookEventReader() {
    this(SegmentsJson.objectMapper(false));
  }

  /**
   * Creates a reader with the given object mapper.
   *
   * @param mapper reads the envelope and its object; should be configured like {@link
   *     SegmentsJson#objectMapper(boolean)}
   */
  public WebhookEventReader(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * Reads a webhook body.
   *
   * @param messageId the verified message id
   * @param body the raw body
   * @return the event
   * @throws MalformedWebhookException if the body is not an envelope
   */
  public SegmentsWebhookEvent read(String messageId, byte[] body) {
    JsonNode payload;
    WebhookEvent envelope;
    try {
      payload = mapper.readTree(body);
      if (payload == null || !payload.isObject()) {
        throw new MalformedWebhookException("The webhook body is not a JSON object.");
      }
      envelope = mapper.treeToValue(payload, WebhookEvent.class);
    } catch (IOException e) {
      throw new MalformedWebhookException("The webhook body is not a valid event envelope.");
    }
    if (!payload.path("event_type").isTextual() || envelope.createdAt() == null) {
      throw new MalformedWebhookException("The webhook body lacks event_type or created_at.");
    }
    WebhookEventType type =
        envelope.eventType() == null ? WebhookEventType.UNKNOWN : envelope.eventType();
    return new SegmentsWebhookEvent(
        messageId,
        type,
        payload.get("event_type").asText(),
        envelope.dataset(),
        envelope.createdAt(),
        envelope.text(),
        object(type, envelope.object()),
        payload);
  }

  private Object object(WebhookEventType type, JsonNode object) {
    Class<?> modelType = type.objectType();
    if (object == null || object.isNull()) {
      return null;
    }
    if (modelType == null || !object.isObject()) {
      return object;
    }
    try {
      return mapper.treeToValue(object, modelType);
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return object;
    }
  }
}
