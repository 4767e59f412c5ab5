package ai.segments.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.exception.AuthenticationException;
import ai.segments.client.internal.SegmentsLibrary;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ApiStatusTest {

  @RegisterExtension
  static WireMockExtension server =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private SegmentsClient client() {
    return SegmentsClient.builder().apiKey("secret-key").apiUrl(server.baseUrl()).build();
  }

  @Test
  void sendsTheVersionAndTheKey() {
    server.stubFor(get(urlPathEqualTo("/api_status/")).willReturn(aResponse().withBody("{}")));

    assertThat(client().checkApiStatus()).isEqualTo(new ApiStatus(200, false));

    server.verify(
        getRequestedFor(urlPathEqualTo("/api_status/"))
            .withQueryParam("lib_version", equalTo(SegmentsClient.VERSION))
            .withHeader("Authorization", equalTo("APIKey secret-key"))
            .withHeader("X-source", equalTo(SegmentsLibrary.source())));
  }

  @Test
  void readsTheKeyOnEveryRequestAndDerivesClientsWithOtherKeys() {
    server.stubFor(get(urlPathEqualTo("/api_status/")).willReturn(aResponse().withBody("{}")));
    AtomicReference<String> rotatingKey = new AtomicReference<>("key-1");
    SegmentsClient client =
        SegmentsClient.builder().apiKey(rotatingKey::get).apiUrl(server.baseUrl()).build();

    client.checkApiStatus();
    rotatingKey.set("key-2");
    client.checkApiStatus();
    client.withApiKey("tenant-key").checkApiStatus();

    assertThat(server.getAllServeEvents())
        .extracting(event -> event.getRequest().getHeader("Authorization"))
        .containsExactlyInAnyOrder("APIKey key-1", "APIKey key-2", "APIKey tenant-key");
  }

  @Test
  void upgradeRequiredIsNotAnError() {
    server.stubFor(get(urlPathEqualTo("/api_status/")).willReturn(aResponse().withStatus(426)));

    assertThat(client().checkApiStatus().upgradeRecommended()).isTrue();
  }

  @Test
  void rejectedKeyIsAnAuthenticationException() {
    server.stubFor(
        get(urlPathEqualTo("/api_status/"))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withBody("{\"detail\": \"Invalid token secret-key.\"}")));

    assertThatThrownBy(() -> client().checkApiStatus())
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("HTTP 401")
        .hasMessageNotContaining("secret-key");
  }
}
