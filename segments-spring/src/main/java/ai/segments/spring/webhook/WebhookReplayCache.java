package ai.segments.spring.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Remembers recently delivered webhook message ids, so that a re-delivery of the same message
 * (Segments.ai retries with the same id) is acknowledged without being published twice.
 *
 * <p>An id is remembered for the tolerance window (older messages fail verification anyway) and at
 * most {@code capacity} ids are kept; beyond that the oldest are forgotten first. Thread-safe.
 */
public final class WebhookReplayCache {

  private final Duration retention;
  private final int capacity;
  private final Clock clock;
  private final Map<String, Instant> seen = new LinkedHashMap<>();

  /**
   * Creates an empty cache.
   *
   * @param retention how long an id is remembered
   * @param capacity how many ids are remembered at most, at least 1
   * @param clock the clock giving the current time
   */
  public WebhookReplayCache(Duration retention, int capacity, Clock clock) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1");
    }
    this.retention = Objects.requireNonNull(retention, "retention");
    this.capacity = capacity;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Records a message id unless it is already remembered.
   *
   * @param messageId the message id
   * @return {@code true} if the id is new (the message should be processed), {@code false} for a
   *     re-delivery
   */
  public synchronized boolean markIfNew(String messageId) {
    Instant now = clock.instant();
    evictExpired(now);
    if (seen.containsKey(messageId)) {
      return false;
    }
    seen.put(messageId, now.plus(retention));
    Iterator<String> oldest = seen.keySet().iterator();
    while (seen.size() > capacity) {
      oldest.next();
      oldest.remove();
    }
    return true;
  }

  /**
   * Forgets a message id, e.g. because processing it failed and the sender should retry.
   *
   * @param messageId the message id
   */
  public synchronized void forget(String messageId) {
    seen.remove(messageId);
  }

  /**
   * The number of remembered ids, expired ones included until the next {@link #markIfNew}.
   *
   * @return the size
   */
  public synchronized int size() {
    return seen.size();
  }

  private void evictExpired(Instant now) {
    Iterator<Instant> expiries = seen.values().iterator();
    while (expiries.hasNext()) {
      if (!expiries.next().isAfter(now)) {
        expiries.remove();
      } else {
        return;
      }
    }
  }
}
