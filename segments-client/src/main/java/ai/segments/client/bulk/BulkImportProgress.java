package ai.segments.client.bulk;

import java.time.Duration;

/**
 * The progress of a running bulk import, as handed to a {@link BulkImportListener}.
 *
 * @param processed samples finished so far: created, already present or failed
 * @param created samples the import created
 * @param alreadyPresent samples that were already in the dataset, left unchanged
 * @param failed samples that could not be added
 * @param elapsed time since the import started
 */
public record BulkImportProgress(
    long processed, long created, long alreadyPresent, long failed, Duration elapsed) {

  /**
   * The samples processed per second so far.
   *
   * @return the rate, 0 before any time has passed
   */
  public double samplesPerSecond() {
    long nanos = this.elapsed.toNanos();
    return (nanos > 0) ? this.processed * 1e9 / nanos : 0;
  }
}
