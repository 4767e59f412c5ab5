package ai.segments.emulator.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.emulator.RecordedRequest;
import ai.segments.emulator.SegmentsEmulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue #22 item 12 over real HTTP: the emulator authenticates before it reads a request body, and
 * bounds bodies as sent and once gunzipped (413 with a JSON {@code detail} beyond).
 */
class EmulatorRequestBodyHostileTest {

  private static final String DATASETS = "user/datasets/";
  private static final String NEW_DATASET = "{\"name\":\"bodies\",\"task_type\":\"vector\"}";

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private SegmentsEmulator emulator;

  @BeforeEach
  void start() {
    emulator =
        SegmentsEmulator.builder().maxBodySize(64 * 1024).maxDecodedBodySize(256 * 1024).build();
    emulator.start();
  }

  @AfterEach
  void stop() {
    emulator.stop();
  }

  private HttpResponse<String> post(String path, String apiKey, BodyPublisher body, boolean gzip)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(emulator.baseUrl() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(body);
    if (apiKey != null) {
      request.header("Authorization", "APIKey " + apiKey);
    }
    if (gzip) {
      request.header("Content-Encoding", "gzip");
    }
    return http.send(request.build(), BodyHandlers.ofString());
  }

  private static BodyPublisher bytes(byte[] body) {
    return BodyPublishers.ofByteArray(body);
  }

  /** The same bytes without a Content-Length: sent chunked. */
  private static BodyPublisher chunked(byte[] body) {
    BodyPublisher known = BodyPublishers.ofByteArray(body);
    return new BodyPublisher() {
      @Override
      public long contentLength() {
        return -1;
      }

      @Override
      public void subscribe(Flow.Subscriber<? super java.nio.ByteBuffer> subscriber) {
        known.subscribe(subscriber);
      }
    };
  }

  private static byte[] gzip(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static String datasetWithDescription(int size) {
    return "{\"name\":\"bodies\",\"task_type\":\"vector\",\"description\":\""
        + "d".repeat(size)
        + "\"}";
  }

  private void expectStillServing() throws Exception {
    HttpResponse<String> user =
        http.send(
            HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "user"))
                .header("Authorization", "APIKey " + emulator.apiKey())
                .timeout(Duration.ofSeconds(30))
                .build(),
            BodyHandlers.ofString());
    assertThat(user.statusCode()).isEqualTo(200);
  }

  @Test
  void anUnauthenticatedGzipBombIsAnswered401WithoutReadingItsBody() throws Exception {
    HttpResponse<String> bomb = post(DATASETS, null, bytes(GzipBomb.bytes()), true);
    HttpResponse<String> wrongKey = post(DATASETS, "wrong-key", bytes(GzipBomb.bytes()), true);

    for (HttpResponse<String> answer : List.of(bomb, wrongKey)) {
      assertThat(answer.statusCode()).isEqualTo(401);
      assertThat(answer.headers().firstValue("WWW-Authenticate")).hasValue("APIKey");
      assertThat(answer.body()).contains("\"detail\"");
    }
    assertThat(emulator.requestLog().entries())
        .extracting(RecordedRequest::status, RecordedRequest::body)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(401, ""),
            org.assertj.core.groups.Tuple.tuple(401, ""));
    expectStillServing();
  }

  @Test
  void anUnauthenticatedMalformedGzipBodyIsNotDecoded() throws Exception {
    byte[] notGzip = "not gzip at all".getBytes(StandardCharsets.UTF_8);
    assertThat(post(DATASETS, null, bytes(notGzip), true).statusCode()).isEqualTo(401);
    assertThat(post(DATASETS, emulator.apiKey(), bytes(notGzip), true).statusCode()).isEqualTo(400);
  }

  @Test
  void anAuthenticatedGzipBombIsRefusedWith413() throws Exception {
    HttpResponse<String> answer = post(DATASETS, emulator.apiKey(), bytes(GzipBomb.bytes()), true);
    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(answer.body())
        .isEqualTo("{\"detail\":\"Request body is larger than 65536 bytes.\"}");

    byte[] smallBomb = gzip("0".repeat(1 << 20));
    assertThat(smallBomb.length).isLessThan(64 * 1024);
    answer = post(DATASETS, emulator.apiKey(), bytes(smallBomb), true);
    assertThat(answer.statusCode()).isEqualTo(413);
    assertThat(answer.body())
        .isEqualTo("{\"detail\":\"Decompressed request body is larger than 262144 bytes.\"}");
    expectStillServing();
  }

  @Test
  void aBodyLargerThanTheLimitIsRefusedWith413WhetherItsLengthIsDeclaredOrNot() throws Exception {
    byte[] large = datasetWithDescription(70 * 1024).getBytes(StandardCharsets.UTF_8);
    for (BodyPublisher body : List.of(bytes(large), chunked(large))) {
      HttpResponse<String> answer = post(DATASETS, emulator.apiKey(), body, false);
      assertThat(answer.statusCode()).isEqualTo(413);
      assertThat(answer.body())
          .isEqualTo("{\"detail\":\"Request body is larger than 65536 bytes.\"}");
    }
    expectStillServing();
  }

  @Test
  void bodiesWithinTheLimitsAreServedGzippedOrNot() throws Exception {
    String largeButAllowed = datasetWithDescription(200 * 1024);
    assertThat(post(DATASETS, emulator.apiKey(), bytes(gzip(largeButAllowed)), true).statusCode())
        .isEqualTo(201);
    byte[] small = NEW_DATASET.replace("bodies", "plain").getBytes(StandardCharsets.UTF_8);
    assertThat(post(DATASETS, emulator.apiKey(), chunked(small), false).statusCode())
        .isEqualTo(201);
    assertThat(emulator.requestLog().last().body()).contains("\"plain\"");
  }

  @Test
  void anUnknownPathIsAnswered404WithoutReadingTheBody() throws Exception {
    HttpResponse<String> answer =
        post("nowhere/", emulator.apiKey(), bytes(GzipBomb.bytes()), true);
    assertThat(answer.statusCode()).isEqualTo(404);
    assertThat(emulator.requestLog().last().body()).isEmpty();
  }
}
