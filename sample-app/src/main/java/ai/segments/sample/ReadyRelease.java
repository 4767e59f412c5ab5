package ai.segments.sample;

import java.time.Instant;

/**
 * A release and its readiness: listed from the API, or announced by a {@code release.created}
 * webhook and followed until it is ready (or failed).
 *
 * @param dataset the dataset, {@code owner/name}
 * @param name the release name
 * @param status {@code SUCCEEDED}, {@code FAILED} or {@code PENDING} (still waited for)
 * @param samplesCount the number of samples, when known
 * @param reason why it failed, when it did
 * @param updatedAt when this entry last changed
 */
public record ReadyRelease(
    String dataset,
    String name,
    String status,
    Long samplesCount,
    String reason,
    Instant updatedAt) {

  /**
   * What identifies the release among others: its dataset and name.
   *
   * @return the key
   */
  public String key() {
    return this.dataset + "\n" + this.name;
  }
}
