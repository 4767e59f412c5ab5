package ai.segments.client;

import static ai.segments.client.FakeBulkServer.DATASET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.bulk.BulkImportProgress;
import ai.segments.client.bulk.BulkImportSummary;
import ai.segments.client.call.SegmentsCall;
import ai.segments.client.call.SegmentsCallInterceptor;
import ai.segments.client.call.SegmentsResponse;
import ai.segments.client.exception.ApiLimitException;
import ai.segments.client.exception.AuthenticationException;
import ai.segments.client.exception.ValidationException;
import ai.segments.client.request.AddSampleRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SegmentsBulkImporterTest {

  private final FakeBulkServer server = new FakeBulkServer();

  @AfterEach
  void stop() {
    this.server.close();
  }

  @Test
  void importsEverySampleInChunksAndCountsThemCreated() {
    BulkImportSummary summary =
        importer(b -> b.chunkSize(100).concurrency(4)).importSamples(DATASET, samples(0, 1050));

    assertThat(summary.created()).isEqualTo(1050);
    assertThat(summary.alreadyPresent()).isZero();
    assertThat(summary.failed()).isEmpty();
    assertThat(summary.succeeded()).isTrue();
    assertThat(summary.requests()).isEqualTo(11);
    assertThat(this.server.requests()).isEqualTo(11);
    assertThat(this.server.stored()).isEqualTo(1050);
  }

  @Test
  void aRerunFindsTheSamplesAlreadyPresentAndCreatesOnlyTheNewOnes() {
    SegmentsBulkImporter importer = importer(b -> b.chunkSize(50).clockSkew(Duration.ZERO));
    importer.importSamples(DATASET, samples(0, 300));

    BulkImportSummary rerun = importer.importSamples(DATASET, samples(0, 400));

    assertThat(rerun.created()).isEqualTo(100);
    assertThat(rerun.alreadyPresent()).isEqualTo(300);
    assertThat(rerun.total()).isEqualTo(400);
    assertThat(this.server.stored()).isEqualTo(400);
  }

  @Test
  void aNameRepeatedInTheInputIsCreatedOnceAndThenAlreadyPresent() {
    List<AddSampleRequest> twice = new ArrayList<>(samples(0, 3).toList());
    twice.add(sample("sample-1.jpg"));

    BulkImportSummary summary =
        importer(b -> b.clockSkew(Duration.ZERO)).importSamples(DATASET, twice);

    assertThat(summary.created()).isEqualTo(3);
    assertThat(summary.alreadyPresent()).isEqualTo(1);
  }

  @Test
  void neverHasMoreRequestsInFlightThanTheConcurrency() {
    this.server.delay(30);

    BulkImportSummary summary =
        importer(b -> b.chunkSize(10).concurrency(3)).importSamples(DATASET, samples(0, 300));

    assertThat(summary.created()).isEqualTo(300);
    assertThat(this.server.requests()).isEqualTo(30);
    assertThat(this.server.maxInFlight()).isBetween(2, 3);
  }

  @Test
  void readsTheInputOnlyAsFarAsTheChunksInFlightNeed() throws Exception {
    CountDownLatch gate = new CountDownLatch(1);
    this.server.hold(gate);
    AtomicInteger pulled = new AtomicInteger();
    Iterable<AddSampleRequest> counted = () -> counting(samples(0, 2000).iterator(), pulled);
    SegmentsBulkImporter importer = importer(b -> b.chunkSize(20).concurrency(2));

    CompletableFuture<BulkImportSummary> running =
        CompletableFuture.supplyAsync(() -> importer.importSamples(DATASET, counted));
    awaitInFlight(2);
    Thread.sleep(100);

    assertThat(pulled.get()).isLessThanOrEqualTo(3 * 20 + 1);
    gate.countDown();
    assertThat(running.get(30, TimeUnit.SECONDS).created()).isEqualTo(2000);
    assertThat(pulled.get()).isEqualTo(2000);
  }

  @Test
  void splitsAChunkTheApiRejectsSoThatOnlyTheOffendingSamplesFail() {
    this.server.rejectNamesContaining("bad");
    List<AddSampleRequest> input = new ArrayList<>(samples(0, 100).toList());
    input.set(37, sample("bad-37.jpg"));
    input.set(80, AddSampleRequest.of(" ", Map.of("image", Map.of("url", "x.jpg"))));

    BulkImportSummary summary = importer(b -> b.chunkSize(100)).importSamples(DATASET, input);

    assertThat(summary.created()).isEqualTo(98);
    assertThat(summary.failed())
        .extracting(BulkImportSummary.Failure::sampleName)
        .containsExactlyInAnyOrder("bad-37.jpg", " ");
    assertThat(summary.failed())
        .anySatisfy(failure -> assertThat(failure.reason()).contains("Invalid sample attributes"))
        .anySatisfy(failure -> assertThat(failure.reason()).contains("name"));
    assertThat(summary.requests()).isGreaterThan(2).isLessThan(20);
  }

  @Test
  void aChunkThatStillFailsAfterTheRetryPolicyCountsAllItsSamplesAsFailed() {
    this.server.fail(503, "{\"detail\": \"Service unavailable.\"}", 1);

    BulkImportSummary summary =
        importer(b -> b.chunkSize(10).concurrency(1)).importSamples(DATASET, samples(0, 30));

    assertThat(summary.created()).isEqualTo(20);
    assertThat(summary.failed()).hasSize(10);
    assertThat(summary.failed().get(0).reason()).contains("Service unavailable");
    assertThat(summary.succeeded()).isFalse();
  }

  @Test
  void throttledChunksGoThroughTheClientsInterceptors() {
    this.server.fail(429, "{\"detail\": \"Request was throttled.\"}", 2);
    List<Integer> throttledAttempts = Collections.synchronizedList(new ArrayList<>());
    SegmentsClient retrying =
        SegmentsClient.builder()
            .apiKey("bulk-key")
            .apiUrl(this.server.baseUrl())
            .interceptor(retryThrottled(throttledAttempts))
            .build();

    BulkImportSummary summary =
        SegmentsBulkImporter.builder(retrying)
            .chunkSize(50)
            .build()
            .importSamples(DATASET, samples(0, 50));

    assertThat(summary.created()).isEqualTo(50);
    assertThat(summary.requests()).isEqualTo(1);
    assertThat(this.server.requests()).isEqualTo(3);
    assertThat(throttledAttempts).containsExactly(1, 2);
  }

  /** Repeats a throttled call at once, recording the attempts that were throttled. */
  private static SegmentsCallInterceptor retryThrottled(List<Integer> throttledAttempts) {
    return new SegmentsCallInterceptor() {
      @Override
      public <T> SegmentsResponse<T> intercept(SegmentsCall call, Chain<T> chain) {
        try {
          return chain.proceed(call);
        } catch (ApiLimitException ex) {
          throttledAttempts.add(call.attempt());
          return intercept(call.withAttempt(call.attempt() + 1), chain);
        }
      }
    };
  }

  @Test
  void stopsReadingOnAnErrorThatNoChunkCanEscape() {
    this.server.fail(401, "{\"detail\": \"Invalid token.\"}", Integer.MAX_VALUE);
    AtomicInteger pulled = new AtomicInteger();
    SegmentsBulkImporter importer = importer(b -> b.chunkSize(10).concurrency(2));

    assertThatThrownBy(
            () ->
                importer.importSamples(
                    DATASET, () -> counting(samples(0, 10_000).iterator(), pulled)))
        .isInstanceOf(AuthenticationException.class);
    assertThat(this.server.requests()).isLessThanOrEqualTo(3);
    assertThat(pulled.get()).isLessThanOrEqualTo(4 * 10 + 1);
  }

  @Test
  void reportsProgressAfterEveryChunk() {
    List<BulkImportProgress> progress = Collections.synchronizedList(new ArrayList<>());

    importer(b -> b.chunkSize(50).concurrency(2).progress(progress::add))
        .importSamples(DATASET, samples(0, 250));

    assertThat(progress).hasSize(5);
    assertThat(progress).extracting(BulkImportProgress::processed).isSorted();
    BulkImportProgress last = progress.get(4);
    assertThat(last.processed()).isEqualTo(250);
    assertThat(last.created()).isEqualTo(250);
    assertThat(last.samplesPerSecond()).isPositive();
  }

  @Test
  void checksItsSettingsAndTheDatasetBeforeSending() {
    SegmentsBulkImporter.Builder builder = SegmentsBulkImporter.builder(this.server.client());

    assertThatThrownBy(() -> builder.chunkSize(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.chunkSize(SegmentsBulkImporter.MAX_CHUNK_SIZE + 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.concurrency(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.logInterval(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.clockSkew(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.build().importSamples("no-slash", samples(0, 1)))
        .isInstanceOf(ValidationException.class);
    assertThat(this.server.requests()).isZero();
    assertThat(this.server.client().bulkImporter().concurrency())
        .isEqualTo(SegmentsBulkImporter.DEFAULT_CONCURRENCY);
  }

  private SegmentsBulkImporter importer(
      java.util.function.UnaryOperator<SegmentsBulkImporter.Builder> settings) {
    return settings
        .apply(SegmentsBulkImporter.builder(this.server.client()).logInterval(Duration.ofMillis(1)))
        .build();
  }

  private void awaitInFlight(int expected) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (this.server.inFlight() < expected && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(this.server.inFlight()).isEqualTo(expected);
  }

  static Stream<AddSampleRequest> samples(int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> sample("sample-" + i + ".jpg"));
  }

  static AddSampleRequest sample(String name) {
    return AddSampleRequest.of(name, Map.of("image", Map.of("url", "https://example.com/" + name)));
  }

  private static <T> Iterator<T> counting(Iterator<T> source, AtomicInteger pulled) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return source.hasNext();
      }

      @Override
      public T next() {
        pulled.incrementAndGet();
        return source.next();
      }
    };
  }
}
