package ai.segments.spring.webhook;

import java.time.Instant;
import java.util.Objects;

/**
 * A webhook message whose signature and timestamp were verified.
 *
 * @param id the message id ({@code svix-id} or {@code webhook-id} header)
 * @param timestamp the signed timestamp ({@code svix-timestamp} or {@code webhook-timestamp})
 */
public record VerifiedWebhookMessage(String id, Instant timestamp) {

  /**
   * Checks the components.
   *
   * @param id the message id
   * @param timestamp the signed timestamp
   */
  public VerifiedWebhookMessage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(timestamp, "timestamp");
  }
}
