package ai.segments.emulator.webhook;

import java.net.URI;

/**
 * The outcome of sending one webhook message to one target.
 *
 * @param messageId the {@code svix-id}, the same for every attempt
 * @param eventType the event type, e.g. {@code sample.created}
 * @param url the target
 * @param status the last HTTP status, or {@code -1} when no answer was received
 * @param attempts how many attempts were made
 * @param delivered whether a 2xx answer was received
 */
public record WebhookDelivery(
    String messageId, String eventType, URI url, int status, int attempts, boolean delivered) {}
