package ai.segments.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.exception.AuthenticationException;
import ai.segments.client.exception.NetworkException;
import ai.segments.client.internal.SegmentsLibrary;
import ai.segments.testfixtures.RefusedPort;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** {@link SegmentsClient#verify()}, the SDK's handshake: one typed outcome per answer. */
@ExtendWith(OutputCaptureExtension.class)
class VerifyContractTest extends ContractTestSupport {

  @Test
  void anAcceptedKeyIsReady(CapturedOutput output) {
    server.stubFor(get(urlPathEqualTo("/api_status/")).willReturn(json("{}")));

    assertThat(client().verify()).isEqualTo(new ApiStatus(200, false));

    assertOnlyRequest("GET", "/api_status/?lib_version=" + SegmentsLibrary.version());
    assertThat(output).doesNotContain("upgrade");
  }

  @Test
  void aRejectedKeyIsAnAuthenticationException() {
    server.stubFor(
        get(urlPathEqualTo("/api_status/"))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withBody("{\"detail\": \"Invalid token " + API_KEY + ".\"}")));

    assertThatThrownBy(() -> client().verify())
        .isInstanceOf(AuthenticationException.class)
        .hasMessageContaining("HTTP 401")
        .hasMessageNotContaining(API_KEY);
  }

  @Test
  void upgradeRequiredKeepsTheClientAndLogsTheAdvice(CapturedOutput output) {
    server.stubFor(get(urlPathEqualTo("/api_status/")).willReturn(aResponse().withStatus(426)));

    ApiStatus status = client().verify();

    assertThat(status.upgradeRecommended()).isTrue();
    assertThat(status.upgradeAdvice())
        .hasValueSatisfying(
            advice ->
                assertThat(advice)
                    .contains("HTTP 426")
                    .contains(SegmentsLibrary.version())
                    .contains("upgrade ai.segments:segments-spring-boot-starter"));
    assertThat(output).contains("WARN").contains(status.upgradeAdvice().orElseThrow());
  }

  @Test
  void anUnreachableApiIsANetworkException() {
    SegmentsClient unreachable =
        SegmentsClient.builder().apiKey(API_KEY).apiUrl(RefusedPort.url()).build();

    assertThatThrownBy(unreachable::verify)
        .isInstanceOf(NetworkException.class)
        .satisfies(ex -> assertThat(((NetworkException) ex).isTransportFailure()).isTrue())
        .hasMessageNotContaining(API_KEY);
  }

  @Test
  void aPlainClientDoesNotVerifyByItself() {
    client();

    assertNoRequests();
  }
}
