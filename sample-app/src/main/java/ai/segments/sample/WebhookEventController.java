package ai.segments.sample;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/webhook-events}: the latest webhook notifications received, newest first. */
@RestController
public class WebhookEventController {

  private final RecentWebhookEvents events;

  /**
   * Creates the controller.
   *
   * @param events the received notifications
   */
  public WebhookEventController(RecentWebhookEvents events) {
    this.events = events;
  }

  /**
   * The latest webhook notifications.
   *
   * @return up to {@value RecentWebhookEvents#CAPACITY} events, newest first
   */
  @GetMapping("/api/webhook-events")
  public List<WebhookEventSummary> webhookEvents() {
    return this.events.newestFirst();
  }
}
