package ai.segments.client;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.exception.ApiLimitException;
import ai.segments.client.exception.ValidationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.unit.DataSize;

/**
 * Responses that would exhaust memory or the stack fail with a clear {@link ValidationException}
 * within the configured limits, a success status carrying the API's throttle answer is an {@link
 * ApiLimitException}, and a plain-http API URL off loopback is warned about.
 */
@ExtendWith(OutputCaptureExtension.class)
class HostileResponseTest extends ContractTestSupport {

  @Test
  void aResponseLargerThanTheLimitFailsWithoutBeingReadWhole() {
    server.stubFor(any(anyUrl()).willReturn(json("[" + "{},".repeat(2_000) + "{}]")));

    assertThatThrownBy(
            () -> client(builder -> builder.maxResponseSize(DataSize.ofKilobytes(4))).getDatasets())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("getDatasets: the response is larger than the limit of 4096 bytes");
  }

  @Test
  void aResponseNestedDeeperThanTheLimitFails() {
    respondWith("user.json");
    assertThat(client(builder -> builder.maxJsonNestingDepth(10)).getUser().username())
        .isNotBlank();
    assertThatThrownBy(() -> client(builder -> builder.maxJsonNestingDepth(1)).getUser())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("exceeds the configured JSON limits");

    server.resetAll();
    ObjectNode sample = (ObjectNode) parse(example("sample-image.json"));
    sample.put("metadata", "DEEP");
    String deep = "{\"a\": ".repeat(5_000) + "1" + "}".repeat(5_000);
    server.stubFor(any(anyUrl()).willReturn(json(sample.toString().replace("\"DEEP\"", deep))));

    assertThatThrownBy(() -> client().getSample("s-1"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("getSample: the response exceeds the configured JSON limits")
        .hasMessageContaining("200");
  }

  @Test
  void aSuccessStatusCarryingTheThrottleAnswerIsAnApiLimitError() {
    server.stubFor(
        any(anyUrl())
            .willReturn(json("{\"detail\": \"Request was throttled. Try again in 2 seconds.\"}")));

    assertThatThrownBy(() -> client().getUser())
        .isInstanceOf(ApiLimitException.class)
        .hasMessage("getUser was throttled: Request was throttled. Try again in 2 seconds.");
  }

  @Test
  void aResourceThatMentionsThrottlingIsReturnedAsItIs() {
    ObjectNode sample = (ObjectNode) parse(example("sample-image.json"));
    sample.put("name", "throttled.jpg");
    server.stubFor(any(anyUrl()).willReturn(json(sample.toString())));

    assertThat(client().getSample("s-1").name()).isEqualTo("throttled.jpg");
  }

  @Test
  void limitsOutOfRangeAreRejected() {
    SegmentsClient.Builder builder = SegmentsClient.builder();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder.maxResponseSize(DataSize.ofBytes(0)));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> builder.maxResponseSize(DataSize.ofGigabytes(2)));
    assertThatIllegalArgumentException().isThrownBy(() -> builder.maxJsonNestingDepth(0));
  }

  @Test
  void plainHttpOffLoopbackIsWarnedAboutOnceWithoutTheKey(CapturedOutput output) {
    for (String url : List.of("http://segments.example.com:1/", "http://segments.example.com:1")) {
      SegmentsClient.builder().apiKey("sk-not-in-the-log").apiUrl(url).build();
    }
    assertThat(output.getAll())
        .containsOnlyOnce("The Segments API URL http://segments.example.com:1/ uses plain http")
        .doesNotContain("sk-not-in-the-log");
  }

  @Test
  void httpsAndLoopbackAreNotWarnedAbout(CapturedOutput output) {
    for (String url :
        List.of(
            "https://segments.example.com/",
            "http://localhost:8080/",
            "http://127.0.0.1:8080/",
            "http://[::1]:8080/",
            "http://emulator.localhost/")) {
      SegmentsClient.builder().apiKey("key").apiUrl(url).build();
    }
    assertThat(output.getAll()).doesNotContain("uses plain http");
  }
}
