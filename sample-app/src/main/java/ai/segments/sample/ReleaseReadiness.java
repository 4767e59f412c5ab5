package ai.segments.sample;

import ai.segments.client.SegmentsClient;
import ai.segments.client.model.Release;
import ai.segments.client.model.ReleaseStatus;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * Looks whether a release is ready to export, waiting at most {@code sample.export.release-wait}
 * for a {@code PENDING} one, so that no request thread is held for the minutes a release can take.
 */
@Component
public class ReleaseReadiness {

  /** The pause between two looks at a pending release. */
  static final Duration POLL_INTERVAL = Duration.ofMillis(250);

  private final SegmentsClient client;
  private final Duration wait;

  /**
   * Creates the check.
   *
   * @param client the Segments client
   * @param properties the export settings
   */
  public ReleaseReadiness(SegmentsClient client, SampleProperties properties) {
    this.client = client;
    this.wait = properties.export().releaseWait();
  }

  /**
   * The release once it is no longer {@code PENDING}.
   *
   * @param datasetIdentifier {@code owner/name}
   * @param releaseName the release name
   * @return the release ({@code SUCCEEDED}, or {@code FAILED} for the opener to report), or empty
   *     if it is still pending after the wait
   * @throws ai.segments.client.exception.SegmentsException if a call fails, e.g. a {@code
   *     NotFoundException} for an unknown release
   */
  public Optional<Release> awaitCreated(String datasetIdentifier, String releaseName) {
    long deadline = System.nanoTime() + this.wait.toNanos();
    while (true) {
      Release release = this.client.getRelease(datasetIdentifier, releaseName);
      long left = deadline - System.nanoTime();
      if (release.status() != ReleaseStatus.PENDING) {
        return Optional.of(release);
      }
      if (left <= 0) {
        return Optional.empty();
      }
      pause(Math.min(left, POLL_INTERVAL.toNanos()));
    }
  }

  private static void pause(long nanos) {
    try {
      TimeUnit.NANOSECONDS.sleep(nanos);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for a release", ex);
    }
  }
}
