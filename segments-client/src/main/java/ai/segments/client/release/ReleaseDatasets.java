package ai.segments.client.release;

import ai.segments.client.SegmentsClient;
import ai.segments.client.call.SegmentsOperation;
import ai.segments.client.exception.SegmentsErrorDetails;
import ai.segments.client.exception.SegmentsTimeoutException;
import ai.segments.client.internal.Arguments;
import ai.segments.client.model.Release;
import ai.segments.client.model.ReleaseStatus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.springframework.util.unit.DataSize;

/**
 * Opens releases of the API as {@link ReleaseDataset}s (the SDK's {@code
 * SegmentsDataset(release)}): waits until the release has {@code SUCCEEDED} (bounded by {@link
 * Builder#waitTimeout}; a {@code FAILED} release raises {@link ReleaseFailedException} with its
 * reason), then downloads the release file streamed into a temporary file through {@link
 * SegmentsClient#downloadFile} — no API key, the client's transport and timeouts, the retry policy,
 * at most {@link Builder#maxFileSize} — and opens it. Closing the dataset deletes the file.
 *
 * <pre>{@code
 * ReleaseDatasets releases = ReleaseDatasets.builder(client).build();
 * try (ReleaseDataset release = releases.open("jane/flowers", "v1.0", ReleaseSelection.all());
 *     Stream<ReleaseSample> samples = release.samples()) {
 *   samples.forEach(sample -> System.out.println(sample.name()));
 * }
 * }</pre>
 */
public final class ReleaseDatasets {

  /** The default bound on waiting for a pending release. */
  public static final Duration DEFAULT_WAIT_TIMEOUT = Duration.ofMinutes(10);

  /** The default pause between two polls of a pending release. */
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(2);

  /** The default largest release file accepted. */
  public static final DataSize DEFAULT_MAX_FILE_SIZE = DataSize.ofGigabytes(8);

  private final SegmentsClient client;
  private final Duration waitTimeout;
  private final Duration pollInterval;
  private final DataSize maxFileSize;
  private final Path directory;

  private ReleaseDatasets(Builder builder) {
    this.client = builder.client;
    this.waitTimeout = builder.waitTimeout;
    this.pollInterval = builder.pollInterval;
    this.maxFileSize = builder.maxFileSize;
    this.directory = builder.directory;
  }

  /**
   * A builder on a client.
   *
   * @param client the client whose transport, timeouts and interceptors the downloads use
   * @return the builder
   */
  public static Builder builder(SegmentsClient client) {
    return new Builder(Objects.requireNonNull(client, "client"));
  }

  /**
   * Waits for a release by name, then opens it.
   *
   * @param datasetIdentifier {@code owner/name}
   * @param releaseName the release name
   * @param selection the labelset and filters
   * @return the dataset; close it to delete the downloaded file
   * @throws ai.segments.client.exception.ValidationException if an argument is invalid (nothing is
   *     sent) or the file has no such labelset
   * @throws ReleaseFailedException if the release failed
   * @throws SegmentsTimeoutException if the release is still pending after the wait timeout
   * @throws ai.segments.client.exception.SegmentsException if a call or the download fails
   */
  public ReleaseDataset open(
      String datasetIdentifier, String releaseName, ReleaseSelection selection) {
    Arguments.requireNonNull(
        selection, "selection", SegmentsOperation.RELEASE_DATASET.operationName());
    return download(awaitSucceeded(datasetIdentifier, releaseName), selection);
  }

  /**
   * Opens a release; a pending one is first waited for (by its dataset and name).
   *
   * @param release a release from {@link SegmentsClient#getRelease} or {@link
   *     SegmentsClient#addRelease}
   * @param datasetIdentifier the release's dataset, {@code owner/name}, to poll while pending
   * @param selection the labelset and filters
   * @return the dataset; close it to delete the downloaded file
   * @throws ReleaseFailedException if the release failed
   * @throws SegmentsTimeoutException if the release is still pending after the wait timeout
   * @throws ai.segments.client.exception.SegmentsException if a call or the download fails
   */
  public ReleaseDataset open(
      Release release, String datasetIdentifier, ReleaseSelection selection) {
    Arguments.requireNonNull(release, "release", SegmentsOperation.RELEASE_DATASET.operationName());
    Arguments.requireNonNull(
        selection, "selection", SegmentsOperation.RELEASE_DATASET.operationName());
    Release ready =
        (release.status() == ReleaseStatus.PENDING)
            ? awaitSucceeded(datasetIdentifier, release.name())
            : checkSucceeded(release, datasetIdentifier);
    return download(ready, selection);
  }

  /**
   * Polls a release until it has {@code SUCCEEDED}.
   *
   * @param datasetIdentifier {@code owner/name}
   * @param releaseName the release name
   * @return the succeeded release, with its file URL
   * @throws ReleaseFailedException if the release failed
   * @throws SegmentsTimeoutException if it is still pending after the wait timeout
   */
  public Release awaitSucceeded(String datasetIdentifier, String releaseName) {
    long deadline = System.nanoTime() + this.waitTimeout.toNanos();
    while (true) {
      Release release = this.client.getRelease(datasetIdentifier, releaseName);
      if (release.status() != ReleaseStatus.PENDING) {
        return checkSucceeded(release, datasetIdentifier);
      }
      if (System.nanoTime() - deadline >= 0) {
        throw new SegmentsTimeoutException(
            "Release "
                + releaseName
                + " of "
                + datasetIdentifier
                + " is still PENDING after "
                + this.waitTimeout,
            null,
            SegmentsErrorDetails.beforeRequest(SegmentsOperation.RELEASE_DATASET.operationName()));
      }
      pause();
    }
  }

  private static Release checkSucceeded(Release release, String datasetIdentifier) {
    if (release.status() == ReleaseStatus.SUCCEEDED) {
      return release;
    }
    String reason = release.statusInfo();
    throw new ReleaseFailedException(
        "Release "
            + release.name()
            + " of "
            + datasetIdentifier
            + " is "
            + release.status().value()
            + ((reason != null && !reason.isBlank()) ? ": " + reason : " (no reason given)"),
        reason);
  }

  private ReleaseDataset download(Release release, ReleaseSelection selection) {
    String url = (release.attributes() != null) ? release.attributes().url() : null;
    Arguments.requireText(
        url, "release attributes.url", SegmentsOperation.RELEASE_DATASET.operationName());
    Path file = createTempFile();
    try {
      this.client.downloadFile(URI.create(url), file, this.maxFileSize);
    } catch (RuntimeException ex) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException suppressed) {
        ex.addSuppressed(suppressed);
      }
      throw ex;
    }
    return ReleaseDataset.openDownloaded(file, selection);
  }

  private Path createTempFile() {
    try {
      return (this.directory != null)
          ? Files.createTempFile(this.directory, "segments-release-", ".json")
          : Files.createTempFile("segments-release-", ".json");
    } catch (IOException ex) {
      throw new UncheckedIOException("Could not create a file for the release", ex);
    }
  }

  private void pause() {
    try {
      Thread.sleep(this.pollInterval.toMillis());
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new SegmentsTimeoutException(
          "Interrupted while waiting for a release",
          ex,
          SegmentsErrorDetails.beforeRequest(SegmentsOperation.RELEASE_DATASET.operationName()));
    }
  }

  /** Builds {@link ReleaseDatasets}; every setting has a default. */
  public static final class Builder {

    private final SegmentsClient client;
    private Duration waitTimeout = DEFAULT_WAIT_TIMEOUT;
    private Duration pollInterval = DEFAULT_POLL_INTERVAL;
    private DataSize maxFileSize = DEFAULT_MAX_FILE_SIZE;
    private Path directory;

    private Builder(SegmentsClient client) {
      this.client = client;
    }

    /**
     * How long to wait for a pending release (default 10 minutes).
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder waitTimeout(Duration timeout) {
      this.waitTimeout = positive(timeout, "waitTimeout");
      return this;
    }

    /**
     * The pause between polls of a pending release (default 2 s).
     *
     * @param interval a positive duration
     * @return this builder
     */
    public Builder pollInterval(Duration interval) {
      this.pollInterval = positive(interval, "pollInterval");
      return this;
    }

    /**
     * The largest release file to download (default 8 GB); the file goes to disk, so this bounds
     * disk use, not memory.
     *
     * @param size a positive size
     * @return this builder
     */
    public Builder maxFileSize(DataSize size) {
      Objects.requireNonNull(size, "maxFileSize");
      if (size.toBytes() < 1) {
        throw new IllegalArgumentException("maxFileSize must be positive, got " + size);
      }
      this.maxFileSize = size;
      return this;
    }

    /**
     * The directory downloaded release files go to (default: the system's temporary directory).
     *
     * @param directory an existing directory
     * @return this builder
     */
    public Builder directory(Path directory) {
      this.directory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * Builds the release opener.
     *
     * @return the opener
     */
    public ReleaseDatasets build() {
      return new ReleaseDatasets(this);
    }

    private static Duration positive(Duration duration, String what) {
      Objects.requireNonNull(duration, what);
      if (duration.isNegative() || duration.isZero()) {
        throw new IllegalArgumentException(what + " must be positive, got " + duration);
      }
      return duration;
    }
  }
}
