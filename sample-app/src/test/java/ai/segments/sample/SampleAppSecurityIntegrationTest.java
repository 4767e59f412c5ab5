package ai.segments.sample;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.SegmentsClient;
import ai.segments.emulator.SegmentsEmulator;
import ai.segments.emulator.webhook.WebhookSigner;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.RequestEntity;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The app in "real key" mode over real HTTP: an API key and {@code segments.api-url} pointing at an
 * emulator this test starts (it stands in for the real API, so nothing leaves loopback; its
 * releases stay {@code PENDING} for an hour), an own webhook secret and a user from {@code
 * spring.security.user.*}.
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "segments.api-key=" + SegmentsEmulator.DEMO_API_KEY,
      "segments.webhook.secret=" + SampleAppSecurityIntegrationTest.SECRET,
      "spring.security.user.name=" + SampleAppSecurityIntegrationTest.USER,
      "spring.security.user.password=" + SampleAppSecurityIntegrationTest.PASSWORD,
      "sample.export.release-wait=100ms"
    })
@AutoConfigureTestRestTemplate
class SampleAppSecurityIntegrationTest {

  static final String SECRET = SampleAppWithApiKeyTest.OWN_SECRET;
  static final String USER = "labeler";
  static final String PASSWORD = "correct-horse-battery";

  private static final SegmentsEmulator API =
      SegmentsEmulator.builder().releaseDelay(Duration.ofHours(1)).build().start();

  @Autowired private TestRestTemplate http;

  @Autowired private SegmentsClient client;

  @Autowired private Environment environment;

  @DynamicPropertySource
  static void api(DynamicPropertyRegistry registry) {
    registry.add("segments.api-url", API::baseUrl);
  }

  @AfterAll
  static void stopApi() {
    API.stop();
  }

  @Test
  void theApiAnswers401WithoutCredentialsAndWorksWithThem() {
    ResponseEntity<String> anonymous = this.http.getForEntity("/api/datasets", String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");

    ResponseEntity<DatasetProgress[]> datasets =
        authenticated().getForEntity("/api/datasets", DatasetProgress[].class);
    assertThat(datasets.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(datasets.getBody()).extracting(DatasetProgress::fullName).contains("demo/flowers");

    ResponseEntity<String> wrongPassword =
        this.http.withBasicAuth(USER, "wrong").getForEntity("/api/datasets", String.class);
    assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void anImportNeedsCredentialsAndNoCsrfToken() {
    String name = "secured-" + UUID.randomUUID();
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.valueOf("text/csv"));
    HttpEntity<String> csv =
        new HttpEntity<>("name,url\n" + name + ",https://example.com/a.jpg\n", headers);
    String imports = "/api/datasets/demo/flowers/imports";

    assertThat(this.http.exchange(imports, HttpMethod.POST, csv, String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<ImportResult> imported =
        authenticated().exchange(imports, HttpMethod.POST, csv, ImportResult.class);
    assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(imported.getBody()).isEqualTo(new ImportResult(1, 0, 0, List.of()));
  }

  @Test
  void theDashboardAsksForTheSameCredentials() {
    ResponseEntity<String> anonymous = this.http.getForEntity("/", String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");

    ResponseEntity<String> page = authenticated().getForEntity("/", String.class);
    assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(page.getBody()).contains("<title>Segments label progress</title>");
  }

  @Test
  void healthIsOpenWithDetailsOnlyForUsersAndMetricsNeedCredentials() {
    ResponseEntity<String> health = this.http.getForEntity("/actuator/health", String.class);
    assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(health.getBody()).contains("\"segments\"").doesNotContain("apiUrl");
    assertThat(authenticated().getForObject("/actuator/health", String.class)).contains("apiUrl");

    assertThat(this.http.getForEntity("/actuator/prometheus", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void theWebhookEndpointNeedsNoLoginButAValidSignature() {
    byte[] body =
        ("{\"event_type\":\"test.ping\",\"created_at\":\""
                + Instant.now()
                + "\",\"text\":\"ping\"}")
            .getBytes(StandardCharsets.UTF_8);

    ResponseEntity<String> signed = this.http.exchange(webhook(body, SECRET), String.class);
    assertThat(signed.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(signed.getBody()).contains("accepted");

    ResponseEntity<String> forged =
        this.http.exchange(webhook(body, DemoWebhookSecretGuard.DEMO_SECRET), String.class);
    assertThat(forged.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(forged.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(forged.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isNull();
  }

  @Test
  void aPendingReleaseIsAnswered202WithRetryAfterAtOnce() {
    String release = "pending-" + UUID.randomUUID();
    this.client.addRelease("demo/flowers", release);

    ResponseEntity<Map<String, Object>> response =
        authenticated()
            .exchange(
                "/api/datasets/demo/flowers/releases/" + release + "/export?format=coco-instance",
                HttpMethod.GET,
                null,
                new ParameterizedTypeReference<Map<String, Object>>() {});

    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    assertThat(response.getBody())
        .containsEntry("type", "urn:segments-sample:release-pending")
        .containsEntry("status", 202);
    assertThat((String) response.getBody().get("detail")).contains(release, "PENDING");
  }

  @Test
  void listensOnTheConfiguredAddressNotJustLoopback() {
    assertThat(this.environment.getProperty("server.address")).isNull();
  }

  private TestRestTemplate authenticated() {
    return this.http.withBasicAuth(USER, PASSWORD);
  }

  private static RequestEntity<byte[]> webhook(byte[] body, String secret) {
    String id = "msg_" + UUID.randomUUID();
    long timestamp = Instant.now().getEpochSecond();
    return RequestEntity.post("/segments/webhooks")
        .contentType(MediaType.APPLICATION_JSON)
        .header("webhook-id", id)
        .header("webhook-timestamp", Long.toString(timestamp))
        .header("webhook-signature", WebhookSigner.sign(secret, id, timestamp, body))
        .body(body);
  }
}
