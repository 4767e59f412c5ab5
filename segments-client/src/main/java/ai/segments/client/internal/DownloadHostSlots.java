package ai.segments.client.internal;

import ai.segments.client.exception.SegmentsErrorDetails;
import ai.segments.client.exception.SegmentsTimeoutException;
import java.util.HashMap;
import java.util.Map;

/**
 * Politeness toward download hosts: at most so many downloads run at once against one host (other
 * than the API's), whatever number of threads download; the others wait for a slot. Only the hosts
 * with a download running are remembered.
 */
public final class DownloadHostSlots {

  private final int perHost;
  private final Map<String, Integer> running = new HashMap<>();

  /**
   * Creates the bound.
   *
   * @param perHost how many downloads may run at once against one host, at least 1
   */
  public DownloadHostSlots(int perHost) {
    if (perHost < 1) {
      throw new IllegalArgumentException("The downloads per host must be at least 1: " + perHost);
    }
    this.perHost = perHost;
  }

  /**
   * Waits until fewer than the bound of downloads run against a host, and counts one more.
   *
   * @param host the host, as {@link DownloadHosts#hostOf} names it
   * @param operation the operation about to run
   * @throws SegmentsTimeoutException if the thread is interrupted while it waits (its interrupt
   *     status is kept)
   */
  public synchronized void acquire(String host, String operation) {
    try {
      while (this.running.getOrDefault(host, 0) >= this.perHost) {
        wait();
      }
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new SegmentsTimeoutException(
          "Interrupted while waiting to download from " + host,
          ex,
          SegmentsErrorDetails.beforeRequest(operation));
    }
    this.running.merge(host, 1, Integer::sum);
  }

  /**
   * Counts a download against a host as ended, letting a waiting one start.
   *
   * @param host the host
   */
  public synchronized void release(String host) {
    this.running.computeIfPresent(host, (key, count) -> (count == 1) ? null : count - 1);
    notifyAll();
  }

  /**
   * How many downloads run against a host now.
   *
   * @param host the host
   * @return the count
   */
  public synchronized int running(String host) {
    return this.running.getOrDefault(host, 0);
  }
}
