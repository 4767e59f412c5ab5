package ai.segments.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
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
  void rateLimitOptionCountsTheWayTheApiDoesByDefault() {
    assertThat(RateLimitScript.run(Main.parse(List.of("--port", "0", "--rate-limit", "2/min"))))
        .isEqualTo(RateLimitScript.DRF);
  }

  @Test
  void rateLimitModelOptionPicksEachModel() {
    assertThat(RateLimitScript.run(rateLimited("drf"))).isEqualTo(RateLimitScript.DRF);
    assertThat(RateLimitScript.run(rateLimited("fixed-window")))
        .isEqualTo(RateLimitScript.FIXED_WINDOW);
    assertThat(RateLimitScript.run(rateLimited("token-bucket")))
        .isEqualTo(RateLimitScript.TOKEN_BUCKET);
  }

  private static SegmentsEmulator.Builder rateLimited(String model) {
    return Main.parse(List.of("--port", "0", "--rate-limit", "2/min", "--rate-limit-model", model));
  }

  @Test
  void rateLimitBurstMakesItATokenBucket() {
    try (SegmentsEmulator emulator =
        Main.parse(List.of("--port", "0", "--rate-limit", "1/10s", "--rate-limit-burst", "3"))
            .build()
            .start()) {
      ApiClient api = new ApiClient(emulator);
      for (int i = 0; i < 3; i++) {
        api.get("/user").expect(200);
      }
      assertThat(api.get("/user").expect(429).header("Retry-After")).isIn("9", "10");
    }
  }

  @Test
  void rateLimitScopeLimitsOneOperation() {
    try (SegmentsEmulator emulator =
        Main.parse(List.of("--port", "0", "--rate-limit-scope", "getUser=1/min")).build().start()) {
      ApiClient api = new ApiClient(emulator);
      api.get("/user").expect(200);
      assertThat(RateLimitScript.retryAfter(api.get("/user").expect(429))).isIn("59", "60");
      api.get("/user/datasets/").expect(200);
    }
  }

  @Test
  void bodySizeOptionsBoundRequestBodiesAsSentAndGunzipped() {
    try (SegmentsEmulator emulator =
        Main.parse(
                List.of("--port", "0", "--max-body-size", "2KB", "--max-decoded-body-size", "3kb"))
            .build()
            .start()) {
      ApiClient api = new ApiClient(emulator);
      Map<String, String> dataset = Map.of("name", "sized", "description", "d".repeat(2500));
      assertThat(api.post("/user/datasets/", dataset).expect(413).detail())
          .isEqualTo("Request body is larger than 2048 bytes.");
      api.postGzip("/user/datasets/", dataset).expect(201);
      Map<String, String> larger = Map.of("name", "larger", "description", "d".repeat(3100));
      assertThat(api.postGzip("/user/datasets/", larger).expect(413).detail())
          .isEqualTo("Decompressed request body is larger than 3072 bytes.");
    }
  }

  @Test
  void rejectsBadBodySizes() {
    assertThatThrownBy(() -> Main.parse(List.of("--max-body-size", "3GB")))
        .hasMessageContaining("between 1 and");
    assertThatThrownBy(() -> Main.parse(List.of("--max-body-size", "0")))
        .hasMessageContaining("between 1 and");
    assertThatThrownBy(() -> Main.parse(List.of("--max-decoded-body-size", "lots")))
        .hasMessageContaining("Not a size for --max-decoded-body-size");
  }

  @Test
  void readsRateLimitPeriods() {
    assertThat(rate("100/s")).isEqualTo(new RateLimitOption(100, Duration.ofSeconds(1)));
    assertThat(rate("6000/min").period()).hasMinutes(1);
    assertThat(rate("5/10s").period()).hasSeconds(10);
    assertThat(rate("50/500ms").period()).hasMillis(500);
    assertThat(rate("1000/h").period()).hasHours(1);
  }

  private static RateLimitOption rate(String value) {
    return RateLimitOption.parse("--rate-limit", value);
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> Main.parse(List.of("--seed", "full")))
        .hasMessageContaining("demo or none");
    assertThatThrownBy(() -> Main.parse(List.of("--port"))).hasMessageContaining("Missing value");
    assertThatThrownBy(() -> Main.parse(List.of("--port", "x"))).hasMessageContaining("port");
    assertThatThrownBy(() -> Main.parse(List.of("--verbose", "1"))).hasMessageContaining("Unknown");
    assertThatThrownBy(() -> Main.parse(List.of("--rate-limit", "100")))
        .hasMessageContaining("100/s");
    assertThatThrownBy(() -> Main.parse(List.of("--rate-limit", "0/s")))
        .hasMessageContaining("at least 1");
    assertThatThrownBy(() -> Main.parse(List.of("--rate-limit-burst", "5")))
        .hasMessageContaining("needs --rate-limit");
    assertThatThrownBy(() -> Main.parse(List.of("--rate-limit", "1/s", "--rate-limit-burst", "0")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Main.parse(List.of("--rate-limit-model", "drf")))
        .hasMessage("--rate-limit-model needs --rate-limit");
    assertThatThrownBy(
            () -> Main.parse(List.of("--rate-limit", "1/s", "--rate-limit-model", "leaky")))
        .hasMessage("--rate-limit-model must be drf, fixed-window or token-bucket, not leaky");
    assertThatThrownBy(
            () ->
                Main.parse(
                    List.of(
                        "--rate-limit",
                        "1/s",
                        "--rate-limit-model",
                        "fixed-window",
                        "--rate-limit-burst",
                        "5")))
        .hasMessage(
            "--rate-limit-burst is the token bucket's size: it needs --rate-limit-model"
                + " token-bucket, not fixed-window");
    assertThatThrownBy(() -> Main.parse(List.of("--rate-limit-scope", "10/s")))
        .hasMessageContaining("getSamples=10/s");
    assertThatThrownBy(() -> Main.parse(List.of("--rate-limit-scope", "getUser=ten/s")))
        .hasMessageContaining("--rate-limit-scope must look like");
    assertThatThrownBy(
            () ->
                Main.parse(List.of("--port", "0", "--rate-limit-scope", "nope=1/s"))
                    .build()
                    .start())
        .hasMessage("No operation named nope");
    assertThatThrownBy(() -> Main.parse(List.of("--help")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
