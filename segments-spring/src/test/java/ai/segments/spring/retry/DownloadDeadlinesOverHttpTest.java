package ai.segments.spring.retry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.SegmentsClient;
import ai.segments.client.exception.DownloadHostSkippedException;
import ai.segments.client.exception.SegmentsTimeoutException;
import ai.segments.client.http.SegmentsHttpTransport;
import ai.segments.spring.support.FakeSegmentsClock;
import ai.segments.spring.support.LoopbackServers;
import ai.segments.spring.support.TestClients;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.util.unit.DataSize;

/**
 * Issue #22 item 8 over real HTTP, the same on both transports: a download fails when no byte
 * arrived for its read timeout or when it outlasts its deadline, and runs on as long as bytes keep
 * coming (on the JDK transport, Spring's read timeout used to end the whole download).
 */
class DownloadDeadlinesOverHttpTest {

  @TempDir Path directory;

  private final FakeSegmentsClock time = new FakeSegmentsClock();
  private LoopbackServers.Server server;
  private SegmentsHttpTransport transport;

  @AfterEach
  void stop() {
    this.server.close();
    this.transport.close();
  }

  private SegmentsClient.Builder client(Function<Duration, SegmentsHttpTransport> transport) {
    this.transport = transport.apply(Duration.ofSeconds(2));
    return SegmentsClient.builder()
        .apiKey("download-deadline-key")
        .apiUrl("http://127.0.0.1:9/")
        .allowDownloadHost("127.0.0.1")
        .transport(this.transport)
        .interceptor(TestClients.retryInterceptor(this.time, 0.5, SegmentsRetryListener.NONE));
  }

  private static long secondsSince(long started) {
    return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ai.segments.spring.support.TestClients#transports")
  void aFileThatTakesLongerThanTheReadTimeoutDownloadsWhileBytesKeepComing(
      String name, Function<Duration, SegmentsHttpTransport> transport) throws IOException {
    this.server = LoopbackServers.trickling(12, 150);
    SegmentsClient client = client(transport).readTimeout(Duration.ofSeconds(1)).build();
    Path file = this.directory.resolve("slow.bin");

    long started = System.nanoTime();
    client.downloadFile(this.server.url("/slow.bin"), file, DataSize.ofKilobytes(1));

    assertThat(System.nanoTime() - started).isGreaterThan(TimeUnit.SECONDS.toNanos(1));
    assertThat(Files.readString(file)).isEqualTo("x".repeat(12));
    assertThat(this.server.hits()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ai.segments.spring.support.TestClients#transports")
  void aStalledDownloadIsCutByTheReadTimeout(
      String name, Function<Duration, SegmentsHttpTransport> transport) {
    this.server = LoopbackServers.stalling();
    SegmentsClient client =
        client(transport)
            .readTimeout(Duration.ofSeconds(30))
            .downloadReadTimeout(Duration.ofMillis(300))
            .downloadHostFailureBudget(1)
            .build();

    long started = System.nanoTime();
    assertThatThrownBy(
            () ->
                client.downloadFile(
                    this.server.url("/stalled.bin"),
                    this.directory.resolve("stalled.bin"),
                    DataSize.ofKilobytes(1)))
        // The host failure budget of 1 skips the retry after the first timeout.
        .isInstanceOf(DownloadHostSkippedException.class)
        .hasMessageContaining("no byte arrived for the read timeout of PT0.3S")
        .hasCauseInstanceOf(SegmentsTimeoutException.class);

    assertThat(secondsSince(started)).isLessThan(LoopbackServers.MAX_STALL / 2);
    assertThat(this.server.hits()).isEqualTo(1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("ai.segments.spring.support.TestClients#transports")
  void aTricklingDownloadIsCutByItsDeadlineAndNotRetried(
      String name, Function<Duration, SegmentsHttpTransport> transport) {
    this.server = LoopbackServers.trickling(0, 50);
    SegmentsClient client =
        client(transport)
            .downloadReadTimeout(Duration.ofSeconds(5))
            .downloadDeadline(Duration.ofMillis(700))
            .build();

    long started = System.nanoTime();
    assertThatThrownBy(
            () ->
                client.downloadFile(
                    this.server.url("/endless.bin"),
                    this.directory.resolve("endless.bin"),
                    DataSize.ofMegabytes(1)))
        .isInstanceOf(SegmentsTimeoutException.class)
        .hasMessageContaining("did not finish within its deadline of PT0.7S");

    assertThat(secondsSince(started)).isLessThan(LoopbackServers.MAX_STALL / 2);
    assertThat(this.server.hits()).isEqualTo(1);
    assertThat(this.time.sleeps()).isEmpty();
  }
}
