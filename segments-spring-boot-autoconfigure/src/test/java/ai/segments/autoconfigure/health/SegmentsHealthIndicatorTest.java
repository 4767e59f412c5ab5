package ai.segments.autoconfigure.health;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.autoconfigure.support.AttemptStubs;
import ai.segments.autoconfigure.support.MutableClock;
import ai.segments.autoconfigure.support.TestClients;
import ai.segments.client.SegmentsClient;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

class SegmentsHealthIndicatorTest {

  private static final String PATH = "/api_status/";

  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final String apiKey = "health-key-" + UUID.randomUUID();
  private final MutableClock clock = new MutableClock(Instant.parse("2025-01-01T00:00:00Z"));

  private SegmentsHealthIndicator indicator(String url) {
    SegmentsClient client = SegmentsClient.builder().apiKey(this.apiKey).apiUrl(url).build();
    return new SegmentsHealthIndicator(client, Duration.ofSeconds(10), this.clock);
  }

  private Health health(ResponseDefinitionBuilder answer) {
    AttemptStubs.answerAttempts(api, PATH, answer);
    return indicator(api.baseUrl()).health();
  }

  @Test
  void upWithTheUrlAndLatency() {
    Health health = health(aResponse().withBody("{}"));

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails())
        .containsEntry("apiUrl", URI.create(api.baseUrl() + "/"))
        .containsKey("latencyMs")
        .doesNotContainKey("upgradeRecommended");
  }

  @Test
  void upgradeRequiredIsStillUp() {
    Health health = health(aResponse().withStatus(426).withBody("{\"detail\":\"upgrade\"}"));

    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails()).containsEntry("upgradeRecommended", true);
  }

  @Test
  void throttledIsUnknown() {
    Health health = health(aResponse().withStatus(429).withBody("{}"));

    assertThat(health.getStatus()).isEqualTo(Status.UNKNOWN);
    assertThat(health.getDetails()).containsEntry("reason", "throttled");
  }

  @Test
  void aRejectedKeyIsDownWithoutSecrets() {
    Health health =
        health(
            aResponse()
                .withStatus(401)
                .withBody("{\"detail\":\"Invalid token " + this.apiKey + " (upstream text)\"}"));

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails())
        .containsEntry("error", "AuthenticationException")
        .containsEntry("status", 401);
    assertThat(health.toString()).doesNotContain(this.apiKey).doesNotContain("upstream text");
  }

  @Test
  void aFailingApiIsDown() {
    Health health = health(aResponse().withStatus(500).withBody("{}"));

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails()).containsEntry("error", "NetworkException");
  }

  @Test
  void anUnreachableApiIsDown() {
    Health health = indicator(TestClients.unreachableUrl()).health();

    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails()).containsEntry("error", "NetworkException");
  }

  @Test
  void answersAreCachedBriefly() {
    AttemptStubs.answerAttempts(api, PATH, aResponse().withBody("{}"));
    SegmentsHealthIndicator indicator = indicator(api.baseUrl());

    Health first = indicator.health();
    this.clock.advance(Duration.ofSeconds(9));
    Health cached = indicator.health();

    assertThat(cached).isSameAs(first);
    assertThat(AttemptStubs.received(api, PATH, this.apiKey, 1)).hasSize(1);

    this.clock.advance(Duration.ofSeconds(1));
    indicator.health();

    assertThat(AttemptStubs.received(api, PATH, this.apiKey, 2)).hasSize(2);
  }
}
