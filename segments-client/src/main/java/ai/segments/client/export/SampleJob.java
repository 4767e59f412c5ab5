package ai.segments.client.export;

import ai.segments.client.release.ReleaseSample;
import java.util.Optional;
import java.util.function.LongConsumer;

/**
 * One sample's work in an export, fixed in release order on the calling thread: which media to
 * fetch and the format's task. Both pipelines ({@link SequentialPipeline}, {@link
 * PrefetchingPipeline}) run it through these two methods, so the results are the same whatever the
 * concurrency.
 *
 * @param sample the sample
 * @param needs the media the format reads for it
 * @param task the format's work on it
 * @param <P> what the task prepares
 */
record SampleJob<P>(ReleaseSample sample, MediaNeeds needs, SampleTask<P> task) {

  /**
   * Creates the job of a sample for a format.
   *
   * @param format the format
   * @param context the release, options and sink
   * @param sample the sample
   * @param <P> what the format prepares per sample
   * @return the job
   */
  static <P> SampleJob<P> of(FormatExport<P> format, ExportContext context, ReleaseSample sample) {
    return new SampleJob<>(
        sample, format.mediaNeeds(context, sample), format.task(context, sample));
  }

  /**
   * Measures the sample's image if the format reads its size.
   *
   * @param media where the image comes from
   * @return its size, or empty
   */
  Optional<ImageSize> imageSize(SampleMedia media) {
    return this.needs.imageSize() ? media.imageSize(this.sample) : Optional.empty();
  }

  /**
   * Fetches the sample's bitmap if the format reads it, then runs the task.
   *
   * @param media where the bitmap comes from
   * @param beforeDecoding told the bitmap's width × height before it is decoded (it may wait)
   * @return what the task prepared
   */
  P prepare(SampleMedia media, LongConsumer beforeDecoding) {
    return this.task.prepare(
        this.needs.bitmap() ? media.bitmap(this.sample, beforeDecoding) : Optional.empty());
  }
}
