/**
 * Receives Segments.ai webhooks: {@link
 * ai.segments.autoconfigure.webhook.SegmentsWebhookAutoConfiguration} registers an endpoint that
 * verifies the Svix signature ({@link ai.segments.autoconfigure.webhook.WebhookSignatureVerifier})
 * and publishes {@link ai.segments.autoconfigure.webhook.SegmentsWebhookEvent}s to the
 * application's listeners.
 */
package ai.segments.autoconfigure.webhook;
