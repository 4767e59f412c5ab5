package ai.segments.spring.resilience;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.SegmentsClient;
import ai.segments.client.call.SegmentsCall;
import ai.segments.client.call.SegmentsCallInterceptor;
import ai.segments.client.call.SegmentsResponse;
import ai.segments.spring.support.FakeSegmentsClock;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One limit per API key per client, over real HTTP: clients derived with the same key share it,
 * another key has its own, and calls identify their key by a hash that is not the key.
 */
class SharedRateLimitTest {

  private static final String KEY = "shared-limit-key-1234567890";

  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final FakeSegmentsClock time = new FakeSegmentsClock();
  private final List<String> keyIds = new CopyOnWriteArrayList<>();
  private SegmentsClient client;

  @BeforeEach
  void client() {
    api.stubFor(
        get(anyUrl())
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody("{\"status\": \"ok\"}")));
    SegmentsRateLimiter limiter =
        new SegmentsRateLimiter(
            new RateLimitSettings(RateLimitMode.FIXED, 1, 0.5, Duration.ofSeconds(30)),
            this.time,
            ResilienceEvents.NONE);
    this.client =
        SegmentsClient.builder()
            .apiKey(KEY)
            .apiUrl(api.baseUrl())
            .interceptor(new RecordingKeyIds())
            .interceptor(new RateLimitInterceptor(limiter))
            .build();
  }

  @Test
  void derivedClientsWithTheSameKeyShareTheLimitAndAnotherKeyHasItsOwn() {
    this.client.checkApiStatus();
    this.client.withReadTimeout(Duration.ofSeconds(5)).checkApiStatus();
    this.client.withApiKey(new String(KEY.toCharArray())).checkApiStatus();
    this.client.withApiKey("another-key").checkApiStatus();

    assertThat(api.findAll(anyRequestedFor(anyUrl()))).hasSize(4);
    assertThat(this.time.sleeps().stream().reduce(Duration.ZERO, Duration::plus))
        .as("two waits of a second: the second and third call, not the other key's")
        .isEqualTo(Duration.ofSeconds(2));
    assertThat(this.keyIds.subList(0, 3)).containsOnly(this.keyIds.get(0));
    assertThat(this.keyIds.get(3)).isNotEqualTo(this.keyIds.get(0));
    assertThat(this.keyIds).allSatisfy(id -> assertThat(id).hasSize(16).doesNotContain(KEY));
  }

  /** Records the API key id of every call. */
  private final class RecordingKeyIds implements SegmentsCallInterceptor {

    @Override
    public <T> SegmentsResponse<T> intercept(SegmentsCall call, Chain<T> chain) {
      SharedRateLimitTest.this.keyIds.add(call.apiKeyId());
      return chain.proceed(call);
    }
  }
}
