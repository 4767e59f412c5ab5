package ai.segments.client.bulk;

import ai.segments.client.SegmentsBulkImporter;
import java.time.Duration;
import java.util.List;

/**
 * The outcome of a {@link SegmentsBulkImporter} import.
 *
 * @param created samples the import created
 * @param alreadyPresent samples that were already in the dataset (the bulk endpoint returns them
 *     unchanged)
 * @param failed the samples that could not be added, with the reason, in no particular order
 * @param requests bulk requests sent (logical calls; retries not counted)
 * @param duration how long the import took
 */
public record BulkImportSummary(
    long created, long alreadyPresent, List<Failure> failed, long requests, Duration duration) {

  /** Copies the failures. */
  public BulkImportSummary {
    failed = List.copyOf(failed);
  }

  /**
   * A sample that could not be added.
   *
   * @param sampleName the sample's name ({@code null} if the input held no name or no sample)
   * @param reason why: the validation message, or the API's answer after retries
   */
  public record Failure(String sampleName, String reason) {}

  /**
   * Every sample read from the input.
   *
   * @return created, already present and failed together
   */
  public long total() {
    return this.created + this.alreadyPresent + this.failed.size();
  }

  /**
   * Whether every sample is in the dataset now.
   *
   * @return {@code true} when nothing failed
   */
  public boolean succeeded() {
    return this.failed.isEmpty();
  }

  /**
   * The samples processed per second.
   *
   * @return the rate, 0 for an instant import
   */
  public double samplesPerSecond() {
    long nanos = this.duration.toNanos();
    return (nanos > 0) ? total() * 1e9 / nanos : 0;
  }
}
