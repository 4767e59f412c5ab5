package ai.segments.sample;

import ai.segments.autoconfigure.webhook.SegmentsWebhookEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the latest {@value #CAPACITY} webhook notifications the starter has verified and published
 * (from Segments.ai, or from the embedded emulator when the app runs on it).
 */
@Component
public class RecentWebhookEvents {

  /** How many events are kept. */
  public static final int CAPACITY = 50;

  private final Deque<WebhookEventSummary> events = new ArrayDeque<>();

  /** Creates the empty log. */
  public RecentWebhookEvents() {}

  /**
   * Records a webhook notification, dropping the oldest beyond {@value #CAPACITY}.
   *
   * @param event the verified notification
   */
  @EventListener
  public void on(SegmentsWebhookEvent event) {
    WebhookEventSummary summary = WebhookEventSummary.of(event);
    synchronized (this.events) {
      this.events.addFirst(summary);
      if (this.events.size() > CAPACITY) {
        this.events.removeLast();
      }
    }
  }

  /**
   * The kept events.
   *
   * @return newest first
   */
  public List<WebhookEventSummary> newestFirst() {
    synchronized (this.events) {
      return new ArrayList<>(this.events);
    }
  }
}
