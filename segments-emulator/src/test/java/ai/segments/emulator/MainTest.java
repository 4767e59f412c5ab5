package ai.segments.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MainTest {

  @Test
  void parsesEveryOption() {
    try (SegmentsEmulator emulator =
        Main.parse(
                List.of(
                    "--port",
                    "0",
                    "--seed",
                    "none",
                    "--api-key",
                    "k1",
                    "--user",
                    "ci",
                    "--minimum-lib-version",
                    "2.0"))
            .build()
            .start()) {
      ApiClient api = new ApiClient(emulator.baseUrl(), "k1");
      assertThat(api.get("/user").expect(200).json().path("username").asText()).isEqualTo("ci");
      api.get("/api_status/?lib_version=1.9").expect(426);
      assertThat(api.get("/user/datasets/").expect(200).json().size()).isZero();
    }
  }

  @Test
  void apiKeyWithoutUserBelongsToTheDemoUser() {
    try (SegmentsEmulator emulator =
        Main.parse(List.of("--port", "0", "--api-key", "extra")).build().start()) {
      ApiClient api = new ApiClient(emulator.baseUrl(), "extra");
      assertThat(api.get("/user").expect(200).json().path("username").asText()).isEqualTo("demo");
      assertThat(api.get("/user/datasets/").expect(200).json().size()).isEqualTo(7);
    }
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> Main.parse(List.of("--seed", "full")))
        .hasMessageContaining("demo or none");
    assertThatThrownBy(() -> Main.parse(List.of("--port"))).hasMessageContaining("Missing value");
    assertThatThrownBy(() -> Main.parse(List.of("--port", "x"))).hasMessageContaining("port");
    assertThatThrownBy(() -> Main.parse(List.of("--verbose", "1"))).hasMessageContaining("Unknown");
    assertThatThrownBy(() -> Main.parse(List.of("--help")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
