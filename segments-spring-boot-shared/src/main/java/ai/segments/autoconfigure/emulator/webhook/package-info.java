/**
 * Spring Boot glue between the embedded emulator and the starter's webhook endpoint: {@link
 * ai.segments.autoconfigure.emulator.webhook.EmulatorWebhookAutoConfiguration} points the
 * emulator's webhooks at the application itself.
 */
package ai.segments.autoconfigure.emulator.webhook;
