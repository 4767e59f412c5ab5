package ai.segments.sample;

import ai.segments.client.exception.SegmentsException;
import ai.segments.client.model.Release;
import ai.segments.client.model.WebhookEventType;
import ai.segments.client.release.ReleaseDatasets;
import ai.segments.client.release.ReleaseFailedException;
import ai.segments.spring.webhook.SegmentsWebhookEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Follows the releases announced by {@code release.created} webhooks: each is waited for in the
 * background until it has {@code SUCCEEDED} or {@code FAILED}, so the dashboard can offer its
 * exports as soon as the file exists.
 */
@Component
public class ReleaseWatcher implements DisposableBean {

  private static final Logger LOGGER = LoggerFactory.getLogger(ReleaseWatcher.class);
  private static final int CAPACITY = 50;

  private final ReleaseDatasets releases;
  private final ExecutorService waiter =
      Executors.newSingleThreadExecutor(
          runnable -> {
            Thread thread = new Thread(runnable, "release-watcher");
            thread.setDaemon(true);
            return thread;
          });
  private final Map<String, ReadyRelease> known = new LinkedHashMap<>();

  /**
   * Creates the watcher.
   *
   * @param releases waits for releases
   */
  public ReleaseWatcher(ReleaseDatasets releases) {
    this.releases = releases;
  }

  /**
   * Starts waiting for a release announced by a webhook.
   *
   * @param event a verified webhook notification
   */
  @EventListener
  public void on(SegmentsWebhookEvent event) {
    if (event.type() != WebhookEventType.RELEASE_CREATED) {
      return;
    }
    String name = event.rawObject().path("name").asText(null);
    if (event.dataset() == null || name == null) {
      return;
    }
    record(new ReadyRelease(event.dataset(), name, "PENDING", null, null, Instant.now()));
    this.waiter.execute(() -> await(event.dataset(), name));
  }

  private void await(String dataset, String name) {
    try {
      Release release = this.releases.awaitSucceeded(dataset, name);
      record(
          new ReadyRelease(
              dataset, name, "SUCCEEDED", release.samplesCount(), null, Instant.now()));
      LOGGER.info("Release {} of {} is ready", name, dataset);
    } catch (ReleaseFailedException ex) {
      record(new ReadyRelease(dataset, name, "FAILED", null, ex.reason(), Instant.now()));
    } catch (SegmentsException ex) {
      LOGGER.warn("Could not follow release {} of {}: {}", name, dataset, ex.getMessage());
      record(
          new ReadyRelease(
              dataset, name, "UNKNOWN", null, ex.getClass().getSimpleName(), Instant.now()));
    }
  }

  private void record(ReadyRelease release) {
    synchronized (this.known) {
      this.known.remove(release.key());
      this.known.put(release.key(), release);
      if (this.known.size() > CAPACITY) {
        this.known.remove(this.known.keySet().iterator().next());
      }
    }
  }

  /**
   * The followed releases, most recently changed first.
   *
   * @return the releases
   */
  public List<ReadyRelease> releases() {
    List<ReadyRelease> snapshot;
    synchronized (this.known) {
      snapshot = new ArrayList<>(this.known.values());
    }
    snapshot.sort(Comparator.comparing(ReadyRelease::updatedAt).reversed());
    return snapshot;
  }

  /** Stops waiting. */
  @Override
  public void destroy() {
    this.waiter.shutdownNow();
  }
}
