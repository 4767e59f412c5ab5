package ai.segments.sample;

import ai.segments.spring.webhook.SegmentsWebhookEvent;
import java.time.Instant;

/**
 * A received webhook notification as {@code GET /api/webhook-events} shows it.
 *
 * @param messageId the message id ({@code svix-id})
 * @param type the event type as sent, e.g. {@code label.updated}
 * @param dataset the dataset concerned, {@code owner/name}
 * @param createdAt when the change happened
 * @param text the human-readable summary
 */
public record WebhookEventSummary(
    String messageId, String type, String dataset, Instant createdAt, String text) {

  /**
   * Summarizes a received event.
   *
   * @param event the event
   * @return its summary
   */
  public static WebhookEventSummary of(SegmentsWebhookEvent event) {
    return new WebhookEventSummary(
        event.messageId(), event.eventType(), event.dataset(), event.createdAt(), event.text());
  }
}
