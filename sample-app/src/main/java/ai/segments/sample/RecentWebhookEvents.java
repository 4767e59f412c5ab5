package ai.segments.sample;

import ai.segments.spring.webhook.SegmentsWebhookEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
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

  private static final Comparator<WebhookEventSummary> NEWEST_FIRST =
      Comparator.comparing(
          WebhookEventSummary::createdAt, Comparator.nullsLast(Comparator.reverseOrder()));

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
   * The kept events, newest first by the time the change happened: deliveries may arrive out of
   * order, so the order of receipt only breaks ties.
   *
   * @return newest first
   */
  public List<WebhookEventSummary> newestFirst() {
    List<WebhookEventSummary> snapshot;
    synchronized (this.events) {
      snapshot = new ArrayList<>(this.events);
    }
    snapshot.sort(NEWEST_FIRST);
    return snapshot;
  }
}
