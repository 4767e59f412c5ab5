package ai.segments.client.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.bitmap.SegmentationBitmap;
import ai.segments.client.release.ReleaseSample;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.LongConsumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The read-ahead of exports: samples prepared (media fetched, then the format's task) ahead in a
 * bounded window on the pool's threads, handed out in order, the first failure in release order
 * thrown, and no thread left once closed; with a concurrency of 1 the same steps on the calling
 * thread.
 */
class PrefetchingPipelineTest {

  private static final int CONCURRENCY = 4;
  private static final int WINDOW = 8;
  private static final long WAIT_SECONDS = 30;
  private static final long BRIEF_WAIT_MILLIS = 50;
  private static final MediaNeeds IMAGES_ONLY = new MediaNeeds(true, false);
  private static final MediaNeeds BITMAPS_ONLY = new MediaNeeds(false, true);

  @Test
  void aReleaseLargerThanTheWindowIsFetchedAheadWithinTheWindowAndInOrder() {
    List<ReleaseSample> release = samples(100);
    AtomicInteger consumed = new AtomicInteger();
    AtomicInteger furthestAhead = new AtomicInteger(Integer.MIN_VALUE);
    SampleMedia counting =
        new FakeMedia(
            sample -> {
              int index = index(sample);
              furthestAhead.accumulateAndGet(index - consumed.get(), Math::max);
              return Optional.of(new ImageSize(index, index + 1));
            });
    List<Optional<ImageSize>> sizes = new ArrayList<>();
    List<String> results = new ArrayList<>();

    try (PrefetchingPipeline<String> pipeline =
        new PrefetchingPipeline<>(counting, CONCURRENCY, WINDOW, Long.MAX_VALUE, CONCURRENCY)) {
      Iterator<Prepared<String>> samples = pipeline.prepare(jobs(release, IMAGES_ONLY));
      while (samples.hasNext()) {
        Prepared<String> sample = samples.next();
        sizes.add(sample.imageSize());
        results.add(sample.result());
        consumed.incrementAndGet();
      }
    }

    assertThat(sizes)
        .containsExactlyElementsOf(
            IntStream.range(0, 100).mapToObj(i -> Optional.of(new ImageSize(i, i + 1))).toList());
    assertThat(results)
        .containsExactlyElementsOf(IntStream.range(0, 100).mapToObj(i -> "s" + i).toList());
    // The fetch of sample i starts once samples 0 .. i - WINDOW have been written.
    assertThat(furthestAhead.get()).isLessThanOrEqualTo(WINDOW - 1);
    assertNoWorkerLeft();
  }

  @Test
  void aSlowConsumerHasTheWindowFilledButNeverMore() throws InterruptedException {
    int size = 40;
    List<ReleaseSample> release = samples(size);
    Semaphore started = new Semaphore(0);
    SampleMedia counting =
        new FakeMedia(
            sample -> {
              started.release();
              return Optional.empty();
            });

    try (PrefetchingPipeline<String> pipeline =
        new PrefetchingPipeline<>(counting, CONCURRENCY, WINDOW, Long.MAX_VALUE, CONCURRENCY)) {
      Iterator<Prepared<String>> samples = pipeline.prepare(jobs(release, IMAGES_ONLY));
      int taken = 0;
      int seen = 0;
      while (samples.hasNext()) {
        samples.next();
        taken++;
        // While the consumer dawdles over sample "taken", the fetches of the window (that sample
        // and the next WINDOW - 1) all start, and not one more.
        int expected = Math.min(taken + WINDOW - 1, size);
        assertThat(started.tryAcquire(expected - seen, WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        seen = expected;
        assertThat(started.availablePermits()).as("fetches beyond the window").isZero();
      }
      assertThat(taken).isEqualTo(size);
    }
  }

  @Test
  void onlyTheMediaTheFormatReadsAreFetchedAndEveryTaskRunsOnAWorker() {
    List<ReleaseSample> release = samples(3);
    List<String> fetched = new ArrayList<>();
    SampleMedia recording =
        new FakeMedia(
            sample -> {
              synchronized (fetched) {
                fetched.add("size " + sample.name());
              }
              return Optional.empty();
            });
    List<String> threads = new ArrayList<>();

    try (PrefetchingPipeline<String> pipeline =
        new PrefetchingPipeline<>(recording, 1, 1, Long.MAX_VALUE, 1)) {
      Iterator<Prepared<String>> samples =
          pipeline.prepare(
              release.stream()
                  .map(
                      sample ->
                          new SampleJob<>(
                              sample, MediaNeeds.NONE, bitmap -> Thread.currentThread().getName()))
                  .iterator());
      samples.forEachRemaining(sample -> threads.add(sample.result()));
    }

    assertThat(fetched).isEmpty();
    assertThat(threads)
        .hasSize(3)
        .allMatch(name -> name.startsWith(PrefetchingPipeline.THREAD_NAME_PREFIX));
  }

  @Test
  void theSequentialPipelineRunsTheSameStepsOnTheCallingThreadWhenASampleIsTaken() {
    List<ReleaseSample> release = samples(3);
    List<String> steps = new ArrayList<>();
    SampleMedia recording =
        new FakeMedia(
            sample -> {
              steps.add("fetch " + sample.name());
              return Optional.of(new ImageSize(1, 2));
            });
    Iterator<Prepared<String>> samples =
        SequentialPipeline.prepare(
            release.stream()
                .map(
                    sample ->
                        new SampleJob<>(
                            sample,
                            new MediaNeeds(true, false),
                            bitmap -> {
                              steps.add("task " + sample.name());
                              return Thread.currentThread().getName();
                            }))
                .iterator(),
            recording);

    assertThat(steps).isEmpty();
    Prepared<String> first = samples.next();

    assertThat(first.result()).isEqualTo(Thread.currentThread().getName());
    assertThat(first.imageSize()).contains(new ImageSize(1, 2));
    assertThat(steps).containsExactly("fetch s0", "task s0");
  }

  @Test
  void theFirstFailingSampleInReleaseOrderFailsAndTheRunningFetchesAreInterrupted() {
    List<ReleaseSample> release = samples(30);
    CountDownLatch laterOneFailed = new CountDownLatch(1);
    CountDownLatch allBlocked = new CountDownLatch(CONCURRENCY);
    CountDownLatch never = new CountDownLatch(1);
    AtomicInteger interrupted = new AtomicInteger();
    SampleMedia failing =
        new FakeMedia(
            sample -> {
              int index = index(sample);
              if (index == 5) {
                laterOneFailed.countDown();
                throw new IllegalStateException("bitmap of s5 is broken");
              }
              if (index == 3) {
                // Fails after s5 did, yet comes first in the release.
                awaitQuietly(laterOneFailed, interrupted);
                throw new IllegalStateException("bitmap of s3 is broken");
              }
              if (index > 5) {
                allBlocked.countDown();
                awaitQuietly(never, interrupted);
              }
              return Optional.empty();
            });
    List<String> written = new ArrayList<>();

    PrefetchingPipeline<String> pipeline =
        new PrefetchingPipeline<>(failing, CONCURRENCY, WINDOW, Long.MAX_VALUE, CONCURRENCY);
    Iterator<Prepared<String>> samples = pipeline.prepare(jobs(release, BITMAPS_ONLY));
    assertThatThrownBy(
            () -> {
              try (pipeline) {
                while (samples.hasNext()) {
                  Prepared<String> sample = samples.next();
                  written.add(sample.result());
                  if (index(sample.sample()) == 2) {
                    // s3 .. s9 are in the works: s3 waits for s5 to fail, s6 .. s9 block.
                    assertThat(allBlocked.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
                  }
                }
              }
            })
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("bitmap of s3 is broken");

    assertThat(written).containsExactly("s0", "s1", "s2");
    assertThat(interrupted.get()).as("blocked fetches interrupted").isEqualTo(CONCURRENCY);
    assertNoWorkerLeft();
  }

  private static void awaitQuietly(CountDownLatch latch, AtomicInteger interrupted) {
    try {
      latch.await(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException ex) {
      interrupted.incrementAndGet();
      Thread.currentThread().interrupt();
    }
  }

  /** Waits for a latch that must open. */
  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("latch opened").isTrue();
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", ex);
    }
  }

  /** Waits a little for a latch that should stay closed. */
  private static void awaitBriefly(CountDownLatch latch) {
    try {
      latch.await(BRIEF_WAIT_MILLIS, TimeUnit.MILLISECONDS);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void bitmapsLargerThanThePixelBudgetAreDecodedAtMostTwoAtATime() {
    List<ReleaseSample> release = samples(40);
    AtomicInteger decoding = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    SampleMedia huge =
        new FakeMedia(
            sample -> {
              most.accumulateAndGet(decoding.incrementAndGet(), Math::max);
              decoding.decrementAndGet();
              return Optional.empty();
            },
            1000);
    int taken = 0;

    try (PrefetchingPipeline<String> pipeline =
        new PrefetchingPipeline<>(huge, CONCURRENCY, WINDOW, 500, CONCURRENCY)) {
      Iterator<Prepared<String>> samples = pipeline.prepare(jobs(release, BITMAPS_ONLY));
      while (samples.hasNext()) {
        samples.next();
        taken++;
      }
    }

    // The sample being written, and one more while nothing else is held.
    assertThat(taken).isEqualTo(40);
    assertThat(most.get()).isBetween(1, 2);
    assertNoWorkerLeft();
  }

  @Test
  void downloadsOverlapAtTheConcurrencyWhileDecodingIsBoundedByTheCpuSlots() {
    List<ReleaseSample> release = samples(12);
    CountDownLatch downloadsAtOnce = new CountDownLatch(CONCURRENCY);
    CountDownLatch secondDecoder = new CountDownLatch(1);
    AtomicInteger decoding = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    SampleMedia media =
        new SampleMedia() {
          @Override
          public Optional<ImageSize> imageSize(ReleaseSample sample) {
            return Optional.empty();
          }

          @Override
          public Optional<SegmentationBitmap> bitmap(
              ReleaseSample sample, LongConsumer beforeDecoding) {
            // The first CONCURRENCY downloads only end once all of them run at once.
            downloadsAtOnce.countDown();
            await(downloadsAtOnce);
            beforeDecoding.accept(1);
            int now = decoding.incrementAndGet();
            most.accumulateAndGet(now, Math::max);
            if (now > 1) {
              secondDecoder.countDown();
            } else {
              // Gives a second decoder, were it let in, the time to show up.
              awaitBriefly(secondDecoder);
            }
            decoding.decrementAndGet();
            return Optional.empty();
          }
        };
    int taken = 0;

    try (PrefetchingPipeline<String> pipeline =
        new PrefetchingPipeline<>(media, CONCURRENCY, WINDOW, Long.MAX_VALUE, 1)) {
      Iterator<Prepared<String>> samples = pipeline.prepare(jobs(release, BITMAPS_ONLY));
      while (samples.hasNext()) {
        samples.next();
        taken++;
      }
    }

    assertThat(taken).isEqualTo(12);
    assertThat(downloadsAtOnce.getCount()).as("downloads not yet at once").isZero();
    assertThat(most.get()).as("decodings at once").isEqualTo(1);
    assertNoWorkerLeft();
  }

  @Test
  void theWindowMustHoldTheConcurrency() {
    SampleMedia none = new FakeMedia(sample -> Optional.empty());
    assertThatThrownBy(() -> new PrefetchingPipeline<String>(none, 4, 3, Long.MAX_VALUE, 4))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PrefetchingPipeline<String>(none, 0, 3, Long.MAX_VALUE, 4))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PrefetchingPipeline<String>(none, 4, 8, Long.MAX_VALUE, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ------------------------------------------------------------------------------- fixtures

  static void assertNoWorkerLeft() {
    assertThat(Thread.getAllStackTraces().keySet())
        .filteredOn(thread -> thread.getName().startsWith(PrefetchingPipeline.THREAD_NAME_PREFIX))
        .isEmpty();
  }

  /** The jobs of samples whose task answers the sample's name. */
  private static Iterator<SampleJob<String>> jobs(List<ReleaseSample> release, MediaNeeds needs) {
    return release.stream()
        .map(sample -> new SampleJob<String>(sample, needs, bitmap -> sample.name()))
        .iterator();
  }

  private static List<ReleaseSample> samples(int count) {
    return IntStream.range(0, count)
        .mapToObj(
            i ->
                new ReleaseSample(
                    "uuid-" + i,
                    "s" + i,
                    null,
                    JsonNodeFactory.instance.objectNode(),
                    Map.of(),
                    null))
        .toList();
  }

  private static int index(ReleaseSample sample) {
    return Integer.parseInt(sample.name().substring(1));
  }

  /**
   * Media that answer a sample's image size, and its bitmap (empty) after the same work and after
   * announcing {@code bitmapPixels} to be decoded.
   */
  private record FakeMedia(Function<ReleaseSample, Optional<ImageSize>> sizes, long bitmapPixels)
      implements SampleMedia {

    FakeMedia(Function<ReleaseSample, Optional<ImageSize>> sizes) {
      this(sizes, 0);
    }

    @Override
    public Optional<ImageSize> imageSize(ReleaseSample sample) {
      return this.sizes.apply(sample);
    }

    @Override
    public Optional<SegmentationBitmap> bitmap(ReleaseSample sample, LongConsumer beforeDecoding) {
      if (this.bitmapPixels > 0) {
        beforeDecoding.accept(this.bitmapPixels);
      }
      this.sizes.apply(sample);
      return Optional.empty();
    }
  }
}
