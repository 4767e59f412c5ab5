package ai.segments.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.SegmentsClient;
import ai.segments.client.exception.SegmentsTimeoutException;
import ai.segments.client.exception.ValidationException;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

/** {@code segments.download.*} reaches the auto-configured client. */
class SegmentsDownloadPropertiesTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(SegmentsAutoConfiguration.class))
          .withPropertyValues(
              "segments.api-key=test-key",
              "segments.verify-on-startup=false",
              "segments.retry.enabled=false");

  @TempDir Path directory;

  @Test
  void byDefaultInternalAddressesAreRefused() {
    this.runner.run(
        context -> {
          SegmentsClient client = context.getBean(SegmentsClient.class);
          assertThat(client.downloadPolicy().allowedHosts()).isEmpty();
          assertThatThrownBy(
                  () -> client.checkDownloadUrl(URI.create("http://169.254.169.254/latest/")))
              .isInstanceOf(ValidationException.class)
              .hasMessageContaining("segments.download.allowed-hosts");
          assertThat(client.downloadPolicy().allows(URI.create("http://127.0.0.1:9000/a")))
              .isFalse();
        });
  }

  @Test
  void allowedHostsAreAllowed() {
    this.runner
        .withPropertyValues("segments.download.allowed-hosts=127.0.0.1:9000,Minio.Internal")
        .run(
            context -> {
              SegmentsClient client = context.getBean(SegmentsClient.class);
              assertThat(client.downloadPolicy().allowedHosts())
                  .containsOnly("127.0.0.1:9000", "minio.internal");
              client.checkDownloadUrl(URI.create("http://127.0.0.1:9000/bucket/a.png"));
              assertThat(client.downloadPolicy().allows(URI.create("http://127.0.0.1:9001/a")))
                  .isFalse();
            });
  }

  @Test
  void theDownloadReadTimeoutEndsAStalledDownload() throws IOException {
    CountDownLatch release = new CountDownLatch(1);
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/stalled",
        exchange -> {
          exchange.sendResponseHeaders(200, 100);
          try (OutputStream body = exchange.getResponseBody()) {
            body.write('x');
            body.flush();
            release.await(30, TimeUnit.SECONDS);
          } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
          } catch (IOException ex) {
            // the client gave up
          }
        });
    server.start();
    try {
      this.runner
          .withPropertyValues(
              "segments.download.allowed-hosts=127.0.0.1",
              "segments.download.read-timeout=300ms",
              "segments.read-timeout=30s")
          .run(
              context -> {
                SegmentsClient client = context.getBean(SegmentsClient.class);
                URI url =
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/stalled");
                long started = System.nanoTime();
                assertThatThrownBy(
                        () ->
                            client.downloadFile(
                                url, this.directory.resolve("f"), DataSize.ofKilobytes(1)))
                    .isInstanceOf(SegmentsTimeoutException.class)
                    .hasMessageContaining("no byte arrived for the read timeout of PT0.3S");
                assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started))
                    .isLessThan(20);
              });
    } finally {
      release.countDown();
      server.stop(0);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "segments.download.read-timeout=0s, segments.download.read-timeout",
    "segments.download.deadline=-1s, segments.download.deadline",
    "segments.download.host-cool-down=0s, segments.download.host-cool-down",
    "segments.download.host-failure-budget=0, segments.download.host-failure-budget",
    "segments.download.concurrency-per-host=0, segments.download.concurrency-per-host",
    "segments.download.allowed-hosts=http://minio/, segments.download.allowed-hosts"
  })
  void anInvalidValueFailsTheStartupNamingTheProperty(String setting, String property) {
    this.runner.withPropertyValues(setting).run(StartupFailures.namingProperty(property));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      nullValues = "NONE",
      value = {
        "segments.download.read-timeout, NONE",
        "segments.download.deadline, NONE",
        "segments.download.allowed-hosts, NONE",
        "segments.download.host-failure-budget, 3",
        "segments.download.concurrency-per-host, 16",
        "segments.download.host-cool-down, 30s"
      })
  void theMetadataDescribesEveryProperty(String name, String defaultValue) throws IOException {
    JsonNode property = ConfigurationMetadataTest.properties().get(name);

    assertThat(property).as(name).isNotNull();
    assertThat(property.path("description").asText()).as(name).isNotBlank();
    if (defaultValue == null) {
      assertThat(property.has("defaultValue")).as(name).isFalse();
    } else {
      assertThat(property.get("defaultValue").asText()).isEqualTo(defaultValue);
    }
  }
}
