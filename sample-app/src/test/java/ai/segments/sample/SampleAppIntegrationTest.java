package ai.segments.sample;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.SegmentsClient;
import ai.segments.client.model.Dataset;
import ai.segments.client.model.IssueStatus;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.coyote.AbstractProtocol;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The sample app over real HTTP, on the embedded emulator with the demo data (no API key is set).
 * Expected values come from the API itself through the injected client.
 */
@DemoAppTest
class SampleAppIntegrationTest {

  private static final String FLOWERS = "demo/flowers";
  private static final ParameterizedTypeReference<List<DatasetProgress>> PROGRESS_LIST =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<List<OpenIssue>> ISSUES =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<ImportResult> IMPORT_RESULT =
      new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT =
      new ParameterizedTypeReference<>() {};

  @Autowired private TestRestTemplate http;

  @Autowired private SegmentsClient client;

  @Autowired private SegmentsStartupLog startupLog;

  @Autowired private ServletWebServerApplicationContext context;

  @Test
  void runsOnTheEmbeddedEmulatorWithoutAnApiKey() {
    assertThat(this.startupLog.message())
        .startsWith("Segments API: embedded emulator at http://127.0.0.1:")
        .endsWith("/ (no segments.api-key set)");
  }

  @Test
  void theQuickstartListensOnLoopbackOnlyAndAsksForNoLogin() {
    TomcatWebServer server = (TomcatWebServer) this.context.getWebServer();
    AbstractProtocol<?> protocol =
        (AbstractProtocol<?>) server.getTomcat().getConnector().getProtocolHandler();
    assertThat(protocol.getAddress()).isNotNull();
    assertThat(protocol.getAddress().isLoopbackAddress()).isTrue();
    assertThat(this.context.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");

    ResponseEntity<String> anonymous = this.http.getForEntity("/api/datasets", String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  void listsEveryDatasetWithItsLabelProgress() {
    List<DatasetProgress> datasets = get("/api/datasets", PROGRESS_LIST);

    List<Dataset> expected = this.client.getDatasets();
    assertThat(datasets)
        .extracting(DatasetProgress::fullName)
        .containsExactlyElementsOf(expected.stream().map(Dataset::fullName).toList());
    DatasetProgress flowers = find(datasets, FLOWERS);
    assertThat(flowers.total()).isEqualTo(this.client.getDataset(FLOWERS).labelStats().total());
    assertThat(flowers.counts()).containsKeys("LABELED", "REVIEWED", "UNLABELED");
    assertThat(flowers.done())
        .isEqualTo(
            flowers.counts().entrySet().stream()
                .filter(e -> DatasetProgress.DONE_STATUSES.contains(e.getKey()))
                .mapToLong(Map.Entry::getValue)
                .sum());
    assertThat(flowers.percentDone()).isBetween(0.0, 100.0);
  }

  @Test
  void countsOneDatasetsProgressByStreamingAllItsSamples() {
    DatasetProgress streamed = get("/api/datasets/demo/flowers/progress", DatasetProgress.class);

    DatasetProgress fromStats = find(get("/api/datasets", PROGRESS_LIST), FLOWERS);
    assertThat(streamed.total()).isGreaterThan(30); // more than one page of sample.page-size
    assertThat(streamed).isEqualTo(fromStats);
  }

  @Test
  void listsOnlyTheOpenIssues() {
    List<OpenIssue> issues = get("/api/datasets/demo/flowers/issues", ISSUES);

    long open =
        this.client.getIssues(FLOWERS).stream().filter(i -> i.status() == IssueStatus.OPEN).count();
    assertThat(issues).hasSize((int) open).isNotEmpty();
    assertThat(issues).allSatisfy(issue -> assertThat(issue.sampleName()).startsWith("flowers-"));
  }

  @Test
  void importsAJsonManifestOnceAndLeavesExistingSamplesAloneOnReRun() {
    String prefix = "import-" + UUID.randomUUID() + "-";
    List<Map<String, Object>> manifest =
        List.of(
            entry(prefix + "1", "https://example.com/1.jpg", Map.of("camera", "front")),
            entry(prefix + "2", "https://example.com/2.jpg", Map.of()),
            entry(prefix + "3", "https://example.com/3.jpg", Map.of("weather", "rain")));
    long before = progress(FLOWERS).total();

    ImportResult first =
        post("/api/datasets/demo/flowers/imports", manifest, MediaType.APPLICATION_JSON);
    long afterFirst = progress(FLOWERS).total();
    ImportResult second =
        post("/api/datasets/demo/flowers/imports", manifest, MediaType.APPLICATION_JSON);

    assertThat(first).isEqualTo(new ImportResult(3, 0, 0, List.of()));
    assertThat(second).isEqualTo(new ImportResult(0, 3, 0, List.of()));
    assertThat(afterFirst).isEqualTo(before + 3);
    assertThat(progress(FLOWERS).total()).isEqualTo(afterFirst);
  }

  @Test
  void importsACsvManifestAndReportsTheEntriesItCannotImport() {
    String prefix = "csv-" + UUID.randomUUID() + "-";
    String csv =
        "name,url,weather\n"
            + prefix
            + "1,https://example.com/1.jpg,sunny\n"
            + ",https://example.com/nameless.jpg,fog\n"
            + prefix
            + "2,ftp://example.com/2.jpg,\n"
            + prefix
            + "1,https://example.com/again.jpg,rain\n"
            + "flowers-0000,https://example.com/existing.jpg,\n";

    ImportResult result =
        post("/api/datasets/demo/flowers/imports", csv, MediaType.valueOf("text/csv"));

    assertThat(result.created()).isEqualTo(1);
    assertThat(result.alreadyPresent()).isEqualTo(1);
    assertThat(result.failed()).isEqualTo(3);
    assertThat(result.failures())
        .extracting(ImportResult.ImportFailure::entry)
        .containsExactly(2, 3, 4);
  }

  @Test
  void answersAnUnknownDatasetWithA404ProblemDetail() {
    for (String path :
        List.of(
            "/api/datasets/demo/no-such-dataset/progress",
            "/api/datasets/demo/no-such-dataset/issues")) {
      ResponseEntity<Map<String, Object>> response =
          this.http.exchange(path, HttpMethod.GET, null, JSON_OBJECT);
      assertProblem(response, HttpStatus.NOT_FOUND);
    }
    ResponseEntity<Map<String, Object>> importResponse =
        this.http.exchange(
            "/api/datasets/demo/no-such-dataset/imports",
            HttpMethod.POST,
            body(
                List.of(entry("a", "https://example.com/a.jpg", Map.of())),
                MediaType.APPLICATION_JSON),
            JSON_OBJECT);
    assertProblem(importResponse, HttpStatus.NOT_FOUND);
  }

  @Test
  void answersAnUnreadableCsvManifestWithA400ProblemDetail() {
    ResponseEntity<Map<String, Object>> response =
        this.http.exchange(
            "/api/datasets/demo/flowers/imports",
            HttpMethod.POST,
            body("file,link\na,b\n", MediaType.valueOf("text/csv")),
            JSON_OBJECT);
    assertProblem(response, HttpStatus.BAD_REQUEST);
  }

  @Test
  void servesTheProgressPage() {
    ResponseEntity<String> page = this.http.getForEntity("/", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("<title>Segments label progress</title>", "api/datasets");
  }

  @Test
  void reportsTheSegmentsHealthComponentUp() {
    Map<String, Object> health = get("/actuator/health", JSON_OBJECT);
    assertThat(health).containsEntry("status", "UP");
    assertThat(health)
        .extractingByKey("components")
        .asInstanceOf(InstanceOfAssertFactories.MAP)
        .extractingByKey("segments")
        .asInstanceOf(InstanceOfAssertFactories.MAP)
        .containsEntry("status", "UP");
  }

  @Test
  void exposesTheClientRequestTimerToPrometheus() {
    get("/api/datasets", PROGRESS_LIST);

    String metrics = this.http.getForObject("/actuator/prometheus", String.class);
    assertThat(metrics).contains("segments_client_requests_seconds_count{");
    assertThat(metrics)
        .containsPattern("segments_client_requests_seconds_count\\{[^}]*operation=\"getDatasets\"");
  }

  private <T> T get(String path, Class<T> type) {
    return get(path, ParameterizedTypeReference.<T>forType(type));
  }

  private <T> T get(String path, ParameterizedTypeReference<T> type) {
    return ok(path, HttpMethod.GET, null, type);
  }

  private ImportResult post(String path, Object manifest, MediaType type) {
    return ok(path, HttpMethod.POST, body(manifest, type), IMPORT_RESULT);
  }

  private <T> T ok(
      String path, HttpMethod method, HttpEntity<?> body, ParameterizedTypeReference<T> type) {
    ResponseEntity<T> response = this.http.exchange(path, method, body, type);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private DatasetProgress progress(String dataset) {
    return get("/api/datasets/" + dataset + "/progress", DatasetProgress.class);
  }

  private static HttpEntity<Object> body(Object body, MediaType type) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(type);
    return new HttpEntity<>(body, headers);
  }

  private static Map<String, Object> entry(String name, String url, Map<String, Object> metadata) {
    return Map.of("name", name, "url", url, "metadata", metadata);
  }

  private static DatasetProgress find(List<DatasetProgress> datasets, String fullName) {
    return datasets.stream().filter(d -> d.fullName().equals(fullName)).findFirst().orElseThrow();
  }

  private static void assertProblem(
      ResponseEntity<Map<String, Object>> response, HttpStatus status) {
    assertThat(response.getStatusCode()).isEqualTo(status);
    assertThat(response.getHeaders().getContentType())
        .isNotNull()
        .satisfies(
            type -> assertThat(type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue());
    assertThat(response.getBody()).containsEntry("status", status.value()).containsKey("title");
  }
}
