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
 * The read-ahead of exports: media fetched ahead in a bounded window, handed out in order, the
 * first failure in release order thrown, and no thread left once closed.
 */
class PrefetchingSampleMediaTest {

  private static final int CONCURRENCY = 4;
  private static final int WINDOW = 8;
  private static final long WAIT_SECONDS = 30;

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

    try (PrefetchingSampleMedia media =
        new PrefetchingSampleMedia(counting, CONCURRENCY, WINDOW, Long.MAX_VALUE)) {
      Iterator<ReleaseSample> samples = media.feed(release.iterator(), imagesOnly());
      while (samples.hasNext()) {
        ReleaseSample sample = samples.next();
        sizes.add(media.imageSize(sample));
        consumed.incrementAndGet();
      }
    }

    assertThat(sizes)
        .containsExactlyElementsOf(
            IntStream.range(0, 100).mapToObj(i -> Optional.of(new ImageSize(i, i + 1))).toList());
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

    try (PrefetchingSampleMedia media =
        new PrefetchingSampleMedia(counting, CONCURRENCY, WINDOW, Long.MAX_VALUE)) {
      Iterator<ReleaseSample> samples = media.feed(release.iterator(), imagesOnly());
      int taken = 0;
      int seen = 0;
      while (samples.hasNext()) {
        media.imageSize(samples.next());
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
  void onlyTheMediaTheFormatReadsAreFetchedAndOthersAreFetchedWhenAsked() {
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

    try (PrefetchingSampleMedia media =
        new PrefetchingSampleMedia(recording, 1, 1, Long.MAX_VALUE)) {
      Iterator<ReleaseSample> samples = media.feed(release.iterator(), sample -> MediaNeeds.NONE);
      samples.forEachRemaining(sample -> {});
      assertThat(fetched).isEmpty();
      assertThat(media.imageSize(release.get(1))).isEmpty();
    }
    assertThat(fetched).containsExactly("size s1");
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

    PrefetchingSampleMedia media =
        new PrefetchingSampleMedia(failing, CONCURRENCY, WINDOW, Long.MAX_VALUE);
    Iterator<ReleaseSample> samples = media.feed(release.iterator(), bitmapsOnly());
    assertThatThrownBy(
            () -> {
              try (media) {
                while (samples.hasNext()) {
                  ReleaseSample sample = samples.next();
                  if (index(sample) == 3) {
                    assertThat(allBlocked.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
                  }
                  media.bitmap(sample);
                  written.add(sample.name());
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

    try (PrefetchingSampleMedia media =
        new PrefetchingSampleMedia(huge, CONCURRENCY, WINDOW, 500)) {
      Iterator<ReleaseSample> samples = media.feed(release.iterator(), bitmapsOnly());
      while (samples.hasNext()) {
        media.bitmap(samples.next());
        taken++;
      }
    }

    // The sample being written, and one more while nothing else is held.
    assertThat(taken).isEqualTo(40);
    assertThat(most.get()).isBetween(1, 2);
    assertNoWorkerLeft();
  }

  @Test
  void theWindowMustHoldTheConcurrency() {
    SampleMedia none = new FakeMedia(sample -> Optional.empty());
    assertThatThrownBy(() -> new PrefetchingSampleMedia(none, 4, 3, Long.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PrefetchingSampleMedia(none, 0, 3, Long.MAX_VALUE))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ------------------------------------------------------------------------------- fixtures

  static void assertNoWorkerLeft() {
    assertThat(Thread.getAllStackTraces().keySet())
        .filteredOn(
            thread -> thread.getName().startsWith(PrefetchingSampleMedia.THREAD_NAME_PREFIX))
        .isEmpty();
  }

  private static Function<ReleaseSample, MediaNeeds> imagesOnly() {
    return sample -> new MediaNeeds(true, false);
  }

  private static Function<ReleaseSample, MediaNeeds> bitmapsOnly() {
    return sample -> new MediaNeeds(false, true);
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
