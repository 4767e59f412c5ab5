package ai.segments.integration.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.SegmentsClient;
import ai.segments.client.exception.ValidationException;
import ai.segments.client.export.ExportFormat;
import ai.segments.client.export.ExportOptions;
import ai.segments.emulator.Seed;
import ai.segments.emulator.SegmentsEmulator;
import ai.segments.emulator.SegmentsEmulatorExtension;
import ai.segments.spring.support.LoopbackServers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue #23 over real HTTP: exports that fetch media ahead ({@link ExportOptions#withConcurrency})
 * write the same bytes as the sequential export for every format, on releases larger than the
 * read-ahead; an image host other than the API's never sees more downloads at once than the
 * client's per-host bound; a broken bitmap in the middle fails the export with its own error and
 * leaves no export thread running; a dead image host costs a few attempts, not one per image.
 * (Temporary files and a small heap: {@link ExportOverlapChildJvmTest}.)
 */
class ExportOverlapHostileTest {

  @RegisterExtension
  static final SegmentsEmulatorExtension EMULATOR =
      new SegmentsEmulatorExtension(SegmentsEmulator.builder().seed(Seed.DEMO));

  /** More than the read-ahead window of concurrency 8 (16 samples). */
  private static final int SAMPLES = 40;

  private static final String THREAD_PREFIX = "segments-export-";
  private static final long WAIT_SECONDS = 30;
  private static final int HOST_FAILURE_BUDGET = 3;

  private static String segmentation;
  private static String boxes;

  @TempDir Path out;

  private HttpServer imageHost;
  private ExecutorService imageHostThreads;

  @BeforeAll
  static void releases(SegmentsEmulator emulator) {
    SegmentsClient client = client(emulator).build();
    segmentation = OverlapReleases.segmentation(client, SAMPLES, 16, Set.of());
    boxes =
        OverlapReleases.boxes(
            client,
            SAMPLES,
            i -> client.uploadAsset(OverlapReleases.png(i), OverlapReleases.name(i)).url());
  }

  @AfterEach
  void stopImageHost() {
    if (this.imageHost != null) {
      this.imageHost.stop(0);
      this.imageHostThreads.shutdownNow();
    }
  }

  static Stream<Arguments> everyFormat() {
    return Stream.of(ExportFormat.values())
        .flatMap(
            format ->
                Stream.of("segmentation", "boxes")
                    .filter(dataset -> format.supports(taskType(dataset)))
                    .map(dataset -> Arguments.of(format, dataset)));
  }

  private static String taskType(String dataset) {
    return dataset.equals("segmentation") ? "segmentation-bitmap" : "bboxes";
  }

  @ParameterizedTest(name = "{0} of {1}")
  @MethodSource("everyFormat")
  void concurrentExportsWriteTheSameBytesAsTheSequentialOne(
      ExportFormat format, String kind, SegmentsEmulator emulator) {
    SegmentsClient client = client(emulator).build();
    String dataset = kind.equals("segmentation") ? segmentation : boxes;
    Path sequential = this.out.resolve("sequential");
    Path concurrent = this.out.resolve("concurrent");

    OverlapReleases.export(
        client, dataset, format, ExportOptions.defaults().withConcurrency(1), sequential);
    OverlapReleases.export(
        client, dataset, format, ExportOptions.defaults().withConcurrency(8), concurrent);

    Map<String, byte[]> expected = OverlapReleases.files(sequential);
    Map<String, byte[]> actual = OverlapReleases.files(concurrent);
    assertThat(expected).isNotEmpty();
    assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
    expected.forEach(
        (path, bytes) -> assertThat(actual.get(path)).as("bytes of %s", path).isEqualTo(bytes));
    assertNoExportThreadLeft();
  }

  static Stream<Arguments> perHostBounds() {
    return Stream.of(
        Arguments.of(SegmentsClient.Builder.DEFAULT_DOWNLOAD_CONCURRENCY_PER_HOST, false),
        Arguments.of(2, true));
  }

  @ParameterizedTest(name = "bound {0}")
  @MethodSource("perHostBounds")
  void anImageHostNeverSeesMoreDownloadsAtOnceThanTheBound(
      int bound, boolean configured, SegmentsEmulator emulator) throws IOException {
    AtomicInteger running = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CountDownLatch boundReached = new CountDownLatch(1);
    int port = startImageHost(running, most, boundReached, bound);
    SegmentsClient.Builder builder = client(emulator).allowDownloadHost("127.0.0.1:" + port);
    if (configured) {
      builder.downloadConcurrencyPerHost(bound);
    }
    SegmentsClient client = builder.build();
    String dataset =
        OverlapReleases.boxes(
            client, SAMPLES, i -> "http://127.0.0.1:" + port + "/" + OverlapReleases.name(i));

    OverlapReleases.export(
        client,
        dataset,
        ExportFormat.YOLO,
        ExportOptions.defaults().withConcurrency(2 * bound),
        this.out);

    // The host holds every download until `bound` run at once: with twice as many workers, the
    // bound is reached, and without the client's bound it would be passed.
    assertThat(boundReached.getCount()).as("the bound was reached").isZero();
    assertThat(most.get()).as("downloads at once").isEqualTo(bound);
    assertThat(OverlapReleases.files(this.out)).hasSizeGreaterThan(SAMPLES / 2);
  }

  @Test
  void aDeadImageHostCostsAFewAttemptsNotOnePerImage(SegmentsEmulator emulator) {
    try (LoopbackServers.Server dead = LoopbackServers.always503()) {
      SegmentsClient client =
          client(emulator)
              .allowDownloadHost("127.0.0.1:" + dead.url("/").getPort())
              .downloadHostFailureBudget(HOST_FAILURE_BUDGET)
              .build();
      String dataset =
          OverlapReleases.boxes(
              client, SAMPLES, i -> dead.url("/" + OverlapReleases.name(i)).toString());

      OverlapReleases.export(
          client,
          dataset,
          ExportFormat.COCO_INSTANCE,
          ExportOptions.defaults().withConcurrency(8),
          this.out);

      // The downloads already sent when the host is marked down still arrive (at most one per
      // slot); every later one is skipped without a request.
      assertThat(dead.hits())
          .isBetween(
              HOST_FAILURE_BUDGET,
              HOST_FAILURE_BUDGET + SegmentsClient.Builder.DEFAULT_DOWNLOAD_CONCURRENCY_PER_HOST);
      assertThat(OverlapReleases.files(this.out)).hasSize(1);
    }
  }

  /** A loopback image host that holds each download until {@code bound} run at once. */
  private int startImageHost(
      AtomicInteger running, AtomicInteger most, CountDownLatch boundReached, int bound)
      throws IOException {
    this.imageHostThreads = Executors.newCachedThreadPool();
    this.imageHost =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.imageHost.setExecutor(this.imageHostThreads);
    this.imageHost.createContext(
        "/",
        exchange -> {
          // Counted from the request's arrival until its answer starts: a window inside the one
          // in which the client holds the download's slot.
          int now = running.incrementAndGet();
          most.accumulateAndGet(now, Math::max);
          try {
            if (now >= bound) {
              boundReached.countDown();
            }
            boundReached.await(WAIT_SECONDS, TimeUnit.SECONDS);
          } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
          } finally {
            running.decrementAndGet();
          }
          String name = exchange.getRequestURI().getPath().substring(1);
          byte[] png = OverlapReleases.png(Integer.parseInt(name.substring(1, name.indexOf('.'))));
          exchange.getResponseHeaders().set("Content-Type", "image/png");
          exchange.sendResponseHeaders(200, png.length);
          try (OutputStream body = exchange.getResponseBody()) {
            body.write(png);
          }
        });
    this.imageHost.start();
    return this.imageHost.getAddress().getPort();
  }

  @Test
  void aBrokenBitmapInTheMiddleFailsTheExportWithItsErrorAndStopsTheWorkers(
      SegmentsEmulator emulator) {
    SegmentsClient client = client(emulator).build();
    String dataset = OverlapReleases.segmentation(client, 30, 16, Set.of(12, 20));

    assertThatThrownBy(
            () ->
                OverlapReleases.export(
                    client,
                    dataset,
                    ExportFormat.INSTANCE,
                    ExportOptions.defaults().withConcurrency(8),
                    this.out))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("the label bitmap of sample " + OverlapReleases.name(12));

    assertNoExportThreadLeft();
    // Written in release order up to the broken sample: the labeled ones before it.
    assertThat(OverlapReleases.files(this.out).keySet())
        .hasSize(10)
        .allMatch(path -> path.endsWith("_instance.png"));
  }

  // ------------------------------------------------------------------------------- fixtures

  private static SegmentsClient.Builder client(SegmentsEmulator emulator) {
    return SegmentsClient.builder().apiKey(emulator.apiKey()).apiUrl(emulator.baseUrl());
  }

  private static void assertNoExportThreadLeft() {
    assertThat(Thread.getAllStackTraces().keySet())
        .extracting(Thread::getName)
        .filteredOn(name -> name.startsWith(THREAD_PREFIX))
        .isEmpty();
  }
}
