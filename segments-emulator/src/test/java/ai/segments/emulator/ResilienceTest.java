package ai.segments.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Fault injection, rate limiting and the request log. */
class ResilienceTest {

  @RegisterExtension
  static final SegmentsEmulatorExtension EMULATOR =
      new SegmentsEmulatorExtension(SegmentsEmulator.builder().seed(Seed.NONE));

  private static final String DATASETS = "/user/datasets/";

  @Test
  void statusFaultsApplyToTheNextNRequestsOfAnOperation(SegmentsEmulator emulator) {
    ApiClient api = new ApiClient(emulator);
    FaultRule rule = emulator.faults().forOperation("getDatasets").status(503).times(2);
    assertThat(api.get(DATASETS).expect(503).detail()).contains("503");
    api.get("/user").expect(200);
    api.get(DATASETS).expect(503);
    api.get(DATASETS).expect(200);
    assertThat(rule.appliedCount()).isEqualTo(2);
  }

  @Test
  void injected429CarriesTheThrottledDetailAndRetryAfter(SegmentsEmulator emulator) {
    emulator.faults().forPath("^/user$").status(429).times(1);
    ApiClient.Reply reply = new ApiClient(emulator).get("/user").expect(429);
    assertThat(reply.detail()).isEqualTo("Request was throttled. Expected available in 1 second.");
    assertThat(reply.header("Retry-After")).isEqualTo("1");
  }

  @Test
  void faultsHappenBeforeTheRequestIsProcessed(SegmentsEmulator emulator) {
    ApiClient api = new ApiClient(emulator);
    emulator.faults().forOperation("addDataset").htmlBadGateway().times(1);
    ApiClient.Reply reply = api.post(DATASETS, Map.of("name", "not-created")).expect(502);
    assertThat(reply.header("Content-Type")).startsWith("text/html");
    assertThat(reply.body()).contains("502 Bad Gateway");
    api.get("/datasets/demo/not-created/").expect(404);
  }

  @Test
  void afterProcessingFaultsRunTheRequestThenLoseTheAnswer(SegmentsEmulator emulator) {
    ApiClient api = new ApiClient(emulator);
    emulator.faults().forOperation("addDataset").afterProcessing().dropConnection().times(1);
    assertThatThrownBy(() -> api.post(DATASETS, Map.of("name", "created-then-dropped")))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(emulator.requestLog().last().status()).isEqualTo(RecordedRequest.DROPPED);
    api.get("/datasets/demo/created-then-dropped/").expect(200);

    emulator.faults().forOperation("addDataset").afterProcessing().status(504).times(1);
    api.post(DATASETS, Map.of("name", "created-then-504")).expect(504);
    api.get("/datasets/demo/created-then-504/").expect(200);

    emulator.faults().forOperation("addDataset").afterProcessing().htmlBadGateway().times(1);
    api.post(DATASETS, Map.of("name", "created-then-502")).expect(502);
    api.get("/datasets/demo/created-then-502/").expect(200);
  }

  @Test
  void injected429CanLeaveOutRetryAfter(SegmentsEmulator emulator) {
    emulator.faults().forPath("^/user$").status(429).withoutRetryAfter().times(1);
    ApiClient.Reply reply = new ApiClient(emulator).get("/user").expect(429);
    assertThat(reply.detail()).startsWith("Request was throttled.");
    assertThat(reply.header("Retry-After")).isNull();
  }

  @Test
  void bodyFaultsCorruptTheRealResponse(SegmentsEmulator emulator) {
    ApiClient api = new ApiClient(emulator);
    emulator.faults().forOperation("getUser").malformedBody().times(1);
    ApiClient.Reply malformed = api.get("/user").expect(200);
    assertThatThrownBy(malformed::json).isInstanceOf(UncheckedIOException.class);
    emulator.faults().forOperation("getUser").emptyBody().times(1);
    assertThat(api.get("/user").expect(200).body()).isEmpty();
    emulator.faults().forOperation("getUser").wrongContentType().times(1);
    ApiClient.Reply html = api.get("/user").expect(200);
    assertThat(html.header("Content-Type")).startsWith("text/html");
    assertThat(html.json().path("username").asText()).isEqualTo("demo");
    assertThat(api.get("/user").header("Content-Type")).isEqualTo("application/json");
  }

  @Test
  void droppedConnectionsAndTruncatedBodiesFailTheClient(SegmentsEmulator emulator) {
    ApiClient api = new ApiClient(emulator);
    emulator.faults().forOperation("addLabelset").dropConnection().times(1);
    assertThatThrownBy(() -> api.post("/datasets/demo/x/labelsets/", Map.of("name", "a")))
        .isInstanceOf(UncheckedIOException.class);
    assertThat(emulator.requestLog().last().status()).isEqualTo(RecordedRequest.DROPPED);
    emulator.faults().forOperation("getUser").truncatedBody().times(1);
    assertThatThrownBy(() -> api.as("demo-api-key").get("/user"))
        .isInstanceOf(UncheckedIOException.class);
    api.get("/user").expect(200);
  }

  @Test
  void delaysAndFractionsAreHonoured(SegmentsEmulator emulator) {
    ApiClient api = new ApiClient(emulator);
    emulator.faults().forAnyRequest().delay(Duration.ofMillis(150)).times(1);
    long start = System.nanoTime();
    api.get("/user").expect(200);
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(150));
    FaultRule half = emulator.faults().forOperation("apiStatus").status(500).fraction(0.5, 7);
    int failures = 0;
    for (int i = 0; i < 200; i++) {
      failures += api.get("/api_status/").status() == 500 ? 1 : 0;
    }
    assertThat(failures).isBetween(60, 140).isEqualTo(half.appliedCount());
    emulator.faults().clear();
    api.get("/api_status/").expect(200);
  }

  @Test
  void rateLimitAnswers429WithRetryAfterPerUser(SegmentsEmulator emulator) {
    ApiClient api = new ApiClient(emulator);
    emulator.rateLimit(3, Duration.ofSeconds(30));
    try {
      for (int i = 0; i < 3; i++) {
        api.get("/user").expect(200);
      }
      ApiClient.Reply throttled = api.get("/user").expect(429);
      assertThat(throttled.json().path("detail").asText())
          .matches("Request was throttled\\. Expected available in \\d+ seconds\\.");
      assertThat(Integer.parseInt(throttled.header("Retry-After"))).isBetween(1, 30);
      api.as(null).get("/user").expect(401);
    } finally {
      emulator.disableRateLimit();
    }
    api.get("/user").expect(200);
  }

  @Test
  void tokenBucketRateLimitAnswers429WithTheThrottledDetailAndRetryAfter(
      SegmentsEmulator emulator) {
    ApiClient api = new ApiClient(emulator);
    emulator.tokenBucketRateLimit(1, Duration.ofSeconds(20), 2);
    try {
      api.get("/user").expect(200);
      api.get("/user").expect(200);
      ApiClient.Reply throttled = api.get("/user").expect(429);
      assertThat(throttled.detail())
          .matches("Request was throttled\\. Expected available in \\d+ seconds\\.");
      assertThat(Integer.parseInt(throttled.header("Retry-After"))).isBetween(19, 20);
    } finally {
      emulator.disableRateLimit();
    }
    api.get("/user").expect(200);
  }

  @Test
  void theRequestLogRecordsOperationsHeadersBodiesAndStatuses(SegmentsEmulator emulator) {
    ApiClient api = new ApiClient(emulator);
    api.send(
        HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "user/datasets/?per_page=5"))
            .header("Authorization", "APIKey " + emulator.apiKey())
            .header("X-Segments-Retry-Count", "2")
            .build());
    api.postGzip(DATASETS, Map.of("name", "logged")).expect(201);
    api.get("/nowhere").expect(404);
    RequestLog log = emulator.requestLog();
    assertThat(log.size()).isEqualTo(3);
    RecordedRequest first = log.entries().get(0);
    assertThat(first.operation()).isEqualTo("getDatasets");
    assertThat(first.method()).isEqualTo("GET");
    assertThat(first.path()).isEqualTo("/user/datasets/");
    assertThat(first.query()).isEqualTo("per_page=5");
    assertThat(first.status()).isEqualTo(200);
    assertThat(first.retryCount()).isEqualTo(2);
    assertThat(first.header("authorization")).isEqualTo("APIKey demo-api-key");
    RecordedRequest add = log.entries("addDataset").get(0);
    assertThat(add.status()).isEqualTo(201);
    assertThat(add.body()).contains("\"logged\"");
    assertThat(add.retryCount()).isZero();
    assertThat(log.last().operation()).isNull();
    assertThat(log.count("addDataset")).isEqualTo(1);
    log.clear();
    assertThat(log.entries()).isEmpty();
  }
}
