package ai.segments.spring.webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Remembers the ids of verified webhook messages, so that a re-delivery of the same message
 * (Segments.ai retries with the same id) or a replay by whoever captured it is acknowledged without
 * being published twice.
 *
 * <p>An id is remembered for as long as its message can still pass verification: until its own
 * signed timestamp plus the retention (the verifier's tolerance), to the end of that second, since
 * timestamps are whole seconds. A timestamp further ahead of the clock than the retention counts as
 * the clock's time plus the retention, so no id is kept longer than twice the retention.
 *
 * <p>At most {@code capacity} ids are remembered. When that many ids can still verify, a new id is
 * refused with a {@link WebhookReplayCacheFullException} saying when the earliest one expires;
 * remembered ids are never forgotten early, as that would let their messages be replayed.
 * Thread-safe.
 */
public final class WebhookReplayCache {

  private static final Duration TIMESTAMP_RESOLUTION = Duration.ofSeconds(1);

  private final Duration retention;
  private final int capacity;
  private final Clock clock;
  private final Map<String, Instant> expiries = new HashMap<>();
  private final NavigableSet<Remembered> byExpiry =
      new TreeSet<>(
          Comparator.comparing(Remembered::expiresAt).thenComparing(Remembered::messageId));

  /** A remembered id and the instant from which its message can no longer verify. */
  private record Remembered(Instant expiresAt, String messageId) {}

  /**
   * Creates an empty cache.
   *
   * @param retention how long after its timestamp a message can verify: the verifier's tolerance
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
   * Records the id of a verified message unless it is already remembered.
   *
   * @param message the verified message
   * @return {@code true} if the id is new (the message should be processed), {@code false} for a
   *     re-delivery or replay
   * @throws WebhookReplayCacheFullException if the id is new and the cache already holds {@code
   *     capacity} ids that can still verify
   */
  public synchronized boolean markIfNew(VerifiedWebhookMessage message) {
    Instant now = clock.instant();
    evictExpired(now);
    if (expiries.containsKey(message.id())) {
      return false;
    }
    if (expiries.size() >= capacity) {
      throw new WebhookReplayCacheFullException(capacity, untilFirstExpiry(now));
    }
    Instant latest = now.plus(retention);
    Instant stamped = message.timestamp().isAfter(latest) ? latest : message.timestamp();
    Instant expiresAt = stamped.plus(retention).plus(TIMESTAMP_RESOLUTION);
    expiries.put(message.id(), expiresAt);
    byExpiry.add(new Remembered(expiresAt, message.id()));
    return true;
  }

  /**
   * Forgets a message id, e.g. because processing it failed and the sender should retry.
   *
   * @param messageId the message id
   */
  public synchronized void forget(String messageId) {
    Instant expiresAt = expiries.remove(messageId);
    if (expiresAt != null) {
      byExpiry.remove(new Remembered(expiresAt, messageId));
    }
  }

  /**
   * The number of remembered ids, expired ones included until the next {@link #markIfNew}.
   *
   * @return the size
   */
  public synchronized int size() {
    return expiries.size();
  }

  private void evictExpired(Instant now) {
    while (!byExpiry.isEmpty() && !byExpiry.first().expiresAt().isAfter(now)) {
      expiries.remove(byExpiry.pollFirst().messageId());
    }
  }

  private Duration untilFirstExpiry(Instant now) {
    Duration wait = Duration.between(now, byExpiry.first().expiresAt());
    long seconds = wait.getSeconds() + (wait.getNano() > 0 ? 1 : 0);
    return Duration.ofSeconds(Math.max(1, seconds));
  }
}
