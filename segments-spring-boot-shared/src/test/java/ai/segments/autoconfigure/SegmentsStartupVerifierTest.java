package ai.segments.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.SegmentsClient;
import ai.segments.testfixtures.RefusedPort;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** {@code segments.verify-on-startup}: the SDK's handshake when the application starts. */
@ExtendWith(OutputCaptureExtension.class)
class SegmentsStartupVerifierTest {

  private static final String KEY = "startup-test-key";

  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(SegmentsAutoConfiguration.class))
          .withPropertyValues("segments.api-key=" + KEY, "segments.api-url=" + api.baseUrl());

  @Test
  void anAcceptedKeyStartsAfterOneHandshake() {
    api.stubFor(get(urlPathEqualTo("/api_status/")).willReturn(aResponse().withBody("{}")));

    this.runner.run(
        context -> {
          assertThat(context).hasNotFailed().hasSingleBean(SegmentsClient.class);
          api.verify(
              1,
              getRequestedFor(urlPathEqualTo("/api_status/"))
                  .withQueryParam("lib_version", equalTo(SegmentsClient.VERSION))
                  .withHeader("Authorization", equalTo("APIKey " + KEY)));
          assertThat(api.findAll(anyRequestedFor(anyUrl()))).hasSize(1);
        });
  }

  @Test
  void aRejectedKeyFailsStartupWithTheAnalyzersMessage() {
    api.stubFor(
        get(urlPathEqualTo("/api_status/"))
            .willReturn(aResponse().withStatus(401).withBody("{\"detail\": \"Invalid token.\"}")));

    this.runner.run(
        context -> {
          assertThat(context).hasFailed();
          FailureAnalysis analysis =
              new SegmentsConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
          assertThat(analysis).isNotNull();
          assertThat(analysis.getDescription())
              .contains("rejected the configured API key")
              .contains("HTTP 401")
              .doesNotContain(KEY);
          assertThat(analysis.getAction())
              .contains("'segments.api-key'")
              .contains("SEGMENTS_API_KEY")
              .contains("segments.verify-on-startup=false");
          assertThat(api.findAll(anyRequestedFor(anyUrl()))).as("no retries").hasSize(1);
        });
  }

  @Test
  void aForbiddenKeyFailsStartupToo() {
    api.stubFor(get(urlPathEqualTo("/api_status/")).willReturn(aResponse().withStatus(403)));

    this.runner.run(
        context ->
            assertThat(
                    new SegmentsConfigurationFailureAnalyzer()
                        .analyze(context.getStartupFailure())
                        .getDescription())
                .contains("HTTP 403"));
  }

  @Test
  void anUnreachableApiOnlyLogsAWarning(CapturedOutput output) {
    this.runner
        .withPropertyValues("segments.api-url=" + RefusedPort.url())
        .run(context -> assertThat(context).hasNotFailed().hasSingleBean(SegmentsClient.class));

    assertThat(output)
        .contains("WARN")
        .contains("Could not verify the Segments API at " + RefusedPort.url())
        .contains("NetworkException")
        .doesNotContain(KEY);
  }

  @Test
  void aServerErrorOnlyLogsAWarning(CapturedOutput output) {
    api.stubFor(get(urlPathEqualTo("/api_status/")).willReturn(aResponse().withStatus(503)));

    this.runner.run(context -> assertThat(context).hasNotFailed());

    assertThat(output).contains("Could not verify the Segments API").contains("HTTP 503");
  }

  @Test
  void upgradeRequiredLogsTheAdviceAndStarts(CapturedOutput output) {
    api.stubFor(get(urlPathEqualTo("/api_status/")).willReturn(aResponse().withStatus(426)));

    this.runner.run(context -> assertThat(context).hasNotFailed());

    assertThat(output)
        .contains("WARN")
        .contains("recommends a newer version of this library")
        .contains("upgrade ai.segments:segments-spring-boot-starter");
  }

  @Test
  void switchedOffNothingIsSent() {
    this.runner
        .withPropertyValues("segments.verify-on-startup=false")
        .run(
            context -> {
              assertThat(context).hasNotFailed().doesNotHaveBean(SegmentsStartupVerifier.class);
              assertThat(api.findAll(anyRequestedFor(anyUrl()))).isEmpty();
            });
  }
}
