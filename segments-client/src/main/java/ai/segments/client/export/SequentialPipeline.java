package ai.segments.client.export;

import java.util.Iterator;

/**
 * The pipeline of a concurrency of 1: each sample's media are fetched and its task run on the
 * calling thread when the writer takes the sample, through the same {@link SampleJob} steps as
 * {@link PrefetchingPipeline}.
 */
final class SequentialPipeline {

  private SequentialPipeline() {}

  /**
   * The samples prepared one by one as they are taken.
   *
   * @param jobs the samples' jobs, in release order
   * @param media where the images and bitmaps come from
   * @param <P> what a task prepares
   * @return the prepared samples, in the same order
   */
  static <P> Iterator<Prepared<P>> prepare(Iterator<SampleJob<P>> jobs, SampleMedia media) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return jobs.hasNext();
      }

      @Override
      public Prepared<P> next() {
        SampleJob<P> job = jobs.next();
        return new Prepared<>(job.sample(), job.imageSize(media), job.prepare(media, pixels -> {}));
      }
    };
  }
}
