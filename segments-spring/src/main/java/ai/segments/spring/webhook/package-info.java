/**
 * Receives Segments.ai webhooks: {@link
 * ai.segments.autoconfigure.webhook.SegmentsWebhookAutoConfiguration} registers an endpoint that
 * verifies the Svix signature ({@link ai.segments.spring.webhook.WebhookSignatureVerifier}) and
 * publishes {@link ai.segments.spring.webhook.SegmentsWebhookEvent}s to the application's
 * listeners.
 */
package ai.segments.spring.webhook;
