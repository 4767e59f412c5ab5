package ai.segments.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.SegmentsClient;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** {@code segments.normalize-attributes} reaches the auto-configured client. */
class SegmentsNormalizeAttributesPropertyTest {

  @RegisterExtension
  static WireMockExtension api =
      WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(SegmentsAutoConfiguration.class))
          .withPropertyValues(
              "segments.api-key=normalize-key",
              "segments.api-url=" + api.baseUrl(),
              "segments.verify-on-startup=false",
              "segments.compression.enabled=false");

  @ParameterizedTest(name = "normalize-attributes={0}")
  @CsvSource({"true, false", "false, true", "'', true"})
  void unknownAttributeKeysAreDroppedOnlyWhenNormalizing(String normalize, boolean keptUnknownKey) {
    api.stubFor(
        post(urlPathEqualTo("/datasets/jane/flowers/samples/"))
            .willReturn(aResponse().withStatus(500)));
    ApplicationContextRunner configured =
        normalize.isEmpty()
            ? this.runner
            : this.runner.withPropertyValues("segments.normalize-attributes=" + normalize);

    configured.run(
        context -> {
          SegmentsClient client = context.getBean(SegmentsClient.class);
          try {
            client.addSample(
                "jane/flowers", "a.jpg", Map.of("image", Map.of("url", "u", "extra", 1)));
          } catch (RuntimeException expected) {
            // only the request matters
          }
          JsonNode sent =
              new ObjectMapper()
                  .readTree(api.findAll(anyRequestedFor(anyUrl())).get(0).getBody())
                  .at("/attributes/image");
          assertThat(sent.has("extra")).isEqualTo(keptUnknownKey);
          assertThat(sent.get("url").asText()).isEqualTo("u");
        });
  }
}
