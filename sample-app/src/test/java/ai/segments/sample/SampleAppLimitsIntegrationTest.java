package ai.segments.sample;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.SegmentsClient;
import ai.segments.emulator.FaultRule;
import ai.segments.emulator.SegmentsEmulator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sample app's limits over real HTTP, on the embedded emulator, with small limits: import
 * bodies, concurrent exports, the export zip size, and a failed export that must not be a 200.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      // No webhooks: the release watcher would download release files too (see the fault below).
      "segments.webhook.enabled=false",
      // Quick retries of the unreachable bitmap's 503s.
      "segments.retry.initial-interval=10ms",
      "sample.imports.max-json-size=1KB",
      "sample.imports.max-csv-size=1KB",
      "sample.export.max-concurrent=1",
      "sample.export.max-size=1KB",
      "sample.export.retry-after=7s"
    })
@AutoConfigureTestRestTemplate
class SampleAppLimitsIntegrationTest {

  private static final String FLOWERS_IMPORTS = "/api/datasets/demo/flowers/imports";
  private static final Duration WAIT = Duration.ofSeconds(30);
  private static final HttpClient JDK_HTTP = HttpClient.newHttpClient();

  @Autowired private TestRestTemplate http;

  @Autowired private SegmentsClient client;

  @Autowired private SegmentsEmulator emulator;

  @Autowired private ExportSlots slots;

  @LocalServerPort private int port;

  /** This context's own export directory, so that no other process's files count. */
  private static final Path EXPORTS = createDirectory();

  @DynamicPropertySource
  static void exportDirectory(DynamicPropertyRegistry registry) {
    registry.add("sample.export.directory", EXPORTS::toString);
  }

  @AfterEach
  void clearFaults() {
    this.emulator.faults().clear();
  }

  @Test
  void aJsonImportOverItsLimitIsA413ProblemBeforeAnyRequest() {
    String manifest = jsonManifest(40);
    int before = this.emulator.requestLog().size();

    ResponseEntity<String> response = post(FLOWERS_IMPORTS, manifest, MediaType.APPLICATION_JSON);

    assertProblem(response, HttpStatus.CONTENT_TOO_LARGE, "sample.imports.max-json-size");
    assertThat(this.emulator.requestLog().size()).isEqualTo(before);
  }

  @Test
  void aChunkedJsonImportOverItsLimitIsA413ProblemWhileItStreams()
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        sendChunked(FLOWERS_IMPORTS, MediaType.APPLICATION_JSON_VALUE, jsonManifest(200));

    assertChunkedProblem(response, "sample.imports.max-json-size");
  }

  @Test
  void aChunkedCsvImportOverItsLimitIsA413ProblemWhileItStreams()
      throws IOException, InterruptedException {
    String csv = "name,url\n" + "a,https://example.com/a.jpg\n".repeat(2000);

    HttpResponse<String> response = sendChunked(FLOWERS_IMPORTS, "text/csv", csv);

    assertChunkedProblem(response, "sample.imports.max-csv-size");
  }

  @Test
  void aCsvImportWithinItsLimitStillWorks() {
    String name = "small-" + UUID.randomUUID();
    ResponseEntity<ImportResult> response =
        this.http.exchange(
            FLOWERS_IMPORTS,
            HttpMethod.POST,
            entity(
                "name,url\n" + name + ",https://example.com/s.jpg\n",
                MediaType.valueOf("text/csv")),
            ImportResult.class);

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(response.getBody()).isEqualTo(new ImportResult(1, 0, 0, List.of()));
  }

  @Test
  void anExportBeyondTheConcurrencyBoundIsRefusedWithRetryAfter() throws Exception {
    String dataset = new TestDatasets(this.client).boxes("busy-" + UUID.randomUUID());
    this.client.addRelease(dataset, "v1");
    String export = "/api/datasets/" + dataset + "/releases/v1/export?format=yolo";
    // The first export holds the only slot while the emulator delays its release file download.
    FaultRule slowDownload =
        this.emulator
            .faults()
            .forOperation("storageDownload")
            .delay(Duration.ofSeconds(5))
            .times(1);
    CompletableFuture<ResponseEntity<byte[]>> first =
        CompletableFuture.supplyAsync(() -> this.http.getForEntity(export, byte[].class));
    awaitApplied(slowDownload);

    // The JDK client does not retry (TestRestTemplate's Apache client would retry the 429 after
    // its Retry-After).
    HttpResponse<String> second = send(HttpRequest.newBuilder(uri(export)).GET());

    assertThat(second.statusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS.value());
    assertThat(second.headers().firstValue(HttpHeaders.CONTENT_TYPE))
        .hasValue(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    assertThat(second.body()).contains("sample.export.max-concurrent");
    assertThat(second.headers().firstValue(HttpHeaders.RETRY_AFTER)).hasValue("7");
    ResponseEntity<byte[]> firstResponse = first.get(WAIT.toSeconds(), TimeUnit.SECONDS);
    assertThat(firstResponse.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(firstResponse.getHeaders().getContentLength())
        .isEqualTo(firstResponse.getBody().length);
    // The server deletes the file and frees the slot just after the last byte is sent.
    await(
        "the first export's file is deleted and its slot free",
        () -> exportFiles().isEmpty() && this.slots.available() == 1);
    assertThat(this.http.getForEntity(export, byte[].class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  void anExportWithAnUnreachableLabelBitmapIsAnErrorProblemNotAPartialZip() throws IOException {
    TestDatasets.Bitmaps bitmaps =
        new TestDatasets(this.client).bitmaps("broken-" + UUID.randomUUID(), 3);
    this.client.addRelease(bitmaps.dataset(), "v1");
    String lastBitmap = URI.create(bitmaps.urls().get(2)).getRawPath();
    this.emulator.faults().forPath(Pattern.quote(lastBitmap)).status(503).withoutRetryAfter();

    ResponseEntity<byte[]> response =
        this.http.getForEntity(
            "/api/datasets/" + bitmaps.dataset() + "/releases/v1/export?format=instance",
            byte[].class);

    assertThat(response.getStatusCode().is5xxServerError()).isTrue();
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(new String(response.getBody(), StandardCharsets.UTF_8)).doesNotStartWith("PK");
    assertThat(exportFiles()).isEmpty();
  }

  @Test
  void anExportLargerThanItsLimitIsA507Problem() throws IOException {

    ResponseEntity<String> response =
        this.http.getForEntity(
            "/api/datasets/demo/flowers/releases/v1.0/export?format=coco-instance&images=false",
            String.class);

    assertProblem(response, HttpStatus.INSUFFICIENT_STORAGE, "sample.export.max-size");
    assertThat(exportFiles()).isEmpty();
  }

  private void awaitApplied(FaultRule rule) throws Exception {
    await("the first export's download started", () -> rule.appliedCount() > 0);
  }

  /** Waits, at most {@link #WAIT}, until a condition holds. */
  private static void await(String what, Callable<Boolean> condition) throws Exception {
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (!condition.call()) {
      assertThat(System.nanoTime() - deadline).as(what).isNegative();
      Thread.sleep(10);
    }
  }

  private static String jsonManifest(int entries) {
    return Stream.generate(() -> "{\"name\":\"n\",\"url\":\"https://example.com/x.jpg\"}")
        .limit(entries)
        .collect(Collectors.joining(",", "[", "]"));
  }

  /** Posts a body as a stream of unknown length: sent chunked, without Content-Length. */
  private HttpResponse<String> sendChunked(String path, String contentType, String body)
      throws IOException, InterruptedException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return send(
        HttpRequest.newBuilder(uri(path))
            .header(HttpHeaders.CONTENT_TYPE, contentType)
            .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))));
  }

  private static void assertChunkedProblem(HttpResponse<String> response, String property) {
    assertThat(response.statusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE.value());
    assertThat(response.headers().firstValue(HttpHeaders.CONTENT_TYPE))
        .hasValue(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    assertThat(response.body()).contains(property);
  }

  private URI uri(String path) {
    return URI.create("http://127.0.0.1:" + this.port + path);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return JDK_HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private ResponseEntity<String> post(String path, String body, MediaType type) {
    return this.http.exchange(path, HttpMethod.POST, entity(body, type), String.class);
  }

  private static HttpEntity<String> entity(String body, MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    return new HttpEntity<>(body, headers);
  }

  /** The zips left in the export directory. */
  private static List<Path> exportFiles() throws IOException {
    try (Stream<Path> files = Files.list(EXPORTS)) {
      return files.toList();
    }
  }

  private static Path createDirectory() {
    try {
      return Files.createTempDirectory("sample-exports-");
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static void assertProblem(
      ResponseEntity<?> response, HttpStatus status, String mentioning) {
    assertThat(response.getStatusCode()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    Object body = response.getBody();
    String text =
        (body instanceof byte[] bytes) ? new String(bytes, StandardCharsets.UTF_8) : (String) body;
    assertThat(text).contains("\"status\":" + status.value()).contains(mentioning);
  }
}
