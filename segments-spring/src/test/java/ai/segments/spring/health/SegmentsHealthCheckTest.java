package ai.segments.spring.health;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.SegmentsClient;
import ai.segments.spring.support.AttemptStubs;
import ai.segments.testfixtures.MutableClock;
import ai.segments.testfixtures.RefusedPort;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SegmentsHealthCheckTest {

  private static final String PATH = "/api_status/";

  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final String apiKey = "health-key-" + UUID.randomUUID();
  private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));

  private SegmentsHealthCheck check(String url) {
    SegmentsClient client = SegmentsClient.builder().apiKey(this.apiKey).apiUrl(url).build();
    return new SegmentsHealthCheck(client, Duration.ofSeconds(10), this.clock);
  }

  private SegmentsHealth health(ResponseDefinitionBuilder answer) {
    AttemptStubs.answerAttempts(api, PATH, answer);
    return check(api.baseUrl()).check();
  }

  @Test
  void upWithTheUrlAndLatency() {
    SegmentsHealth health = health(aResponse().withBody("{}"));

    assertThat(health.state()).isEqualTo(SegmentsHealth.State.UP);
    assertThat(health.details())
        .containsEntry("apiUrl", URI.create(api.baseUrl() + "/"))
        .containsKey("latencyMs")
        .doesNotContainKey("upgradeRecommended");
  }

  @Test
  void upgradeRequiredIsStillUp() {
    SegmentsHealth health =
        health(aResponse().withStatus(426).withBody("{\"detail\":\"upgrade\"}"));

    assertThat(health.state()).isEqualTo(SegmentsHealth.State.UP);
    assertThat(health.details()).containsEntry("upgradeRecommended", true);
  }

  @Test
  void throttledIsUnknown() {
    SegmentsHealth health = health(aResponse().withStatus(429).withBody("{}"));

    assertThat(health.state()).isEqualTo(SegmentsHealth.State.UNKNOWN);
    assertThat(health.details()).containsEntry("reason", "throttled");
  }

  @Test
  void aRejectedKeyIsDownWithoutSecrets() {
    SegmentsHealth health =
        health(
            aResponse()
                .withStatus(401)
                .withBody("{\"detail\":\"Invalid token " + this.apiKey + " (upstream text)\"}"));

    assertThat(health.state()).isEqualTo(SegmentsHealth.State.DOWN);
    assertThat(health.details())
        .containsEntry("error", "AuthenticationException")
        .containsEntry("status", 401);
    assertThat(health.toString()).doesNotContain(this.apiKey).doesNotContain("upstream text");
  }

  @Test
  void aFailingApiIsDown() {
    SegmentsHealth health = health(aResponse().withStatus(500).withBody("{}"));

    assertThat(health.state()).isEqualTo(SegmentsHealth.State.DOWN);
    assertThat(health.details()).containsEntry("error", "NetworkException");
  }

  @Test
  void anUnreachableApiIsDown() {
    SegmentsHealth health = check(RefusedPort.url()).check();

    assertThat(health.state()).isEqualTo(SegmentsHealth.State.DOWN);
    assertThat(health.details()).containsEntry("error", "NetworkException");
  }

  @Test
  void answersAreCachedBriefly() {
    AttemptStubs.answerAttempts(api, PATH, aResponse().withBody("{}"));
    SegmentsHealthCheck check = check(api.baseUrl());

    SegmentsHealth first = check.check();
    this.clock.advance(Duration.ofSeconds(9));
    SegmentsHealth cached = check.check();

    assertThat(cached).isSameAs(first);
    assertThat(AttemptStubs.received(api, PATH, this.apiKey, 1)).hasSize(1);

    this.clock.advance(Duration.ofSeconds(1));
    check.check();

    assertThat(AttemptStubs.received(api, PATH, this.apiKey, 2)).hasSize(2);
  }
}
