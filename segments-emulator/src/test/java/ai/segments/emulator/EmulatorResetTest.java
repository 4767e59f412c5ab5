package ai.segments.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.testfixtures.TeamSeedFile;
import java.net.URL;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link SegmentsEmulator#reset()} and seed files given as URLs. */
class EmulatorResetTest {

  @Test
  void resetForgetsEveryChangeMadeThroughTheApiAndBringsTheSeedBack() {
    try (SegmentsEmulator emulator = SegmentsEmulator.builder().build().start()) {
      ApiClient api = new ApiClient(emulator);
      api.post("/user/datasets/", Map.of("name", "scratch")).expect(201);
      api.delete("/datasets/demo/flowers/").expect(204);
      int port = emulator.port();

      emulator.reset();

      api.get("/datasets/demo/scratch/").expect(404);
      api.get("/datasets/demo/flowers/").expect(200);
      api.post("/user/datasets/", Map.of("name", "scratch")).expect(201);
      assertThat(emulator.port()).isEqualTo(port);
    }
  }

  @Test
  void resetClearsFaultRulesAndTheRequestLog() {
    try (SegmentsEmulator emulator = SegmentsEmulator.builder().seed(Seed.NONE).build().start()) {
      ApiClient api = new ApiClient(emulator);
      emulator.faults().forOperation("getUser").status(503);
      api.get("/user").expect(503);

      emulator.reset();

      assertThat(emulator.requestLog().size()).isZero();
      api.get("/user").expect(200);
      assertThat(emulator.requestLog().count("getUser")).isEqualTo(1);
    }
  }

  @Test
  void resetKeepsTheBuildersRateLimitsWithFreshCountsAndDropsLaterOnes() {
    try (SegmentsEmulator emulator =
        SegmentsEmulator.builder()
            .seed(Seed.NONE)
            .rateLimitScope("getUser", 1, Duration.ofHours(1))
            .build()
            .start()) {
      ApiClient api = new ApiClient(emulator);
      emulator.rateLimitScope("getDatasets", 1, Duration.ofHours(1));
      api.get("/user").expect(200);
      api.get("/user").expect(429);
      api.get("/user/datasets/").expect(200);
      api.get("/user/datasets/").expect(429);

      emulator.reset();

      api.get("/user").expect(200);
      api.get("/user").expect(429);
      api.get("/user/datasets/").expect(200);
      api.get("/user/datasets/").expect(200);
    }
  }

  @Test
  void resetNeedsARunningEmulator() {
    assertThatThrownBy(() -> SegmentsEmulator.builder().build().reset())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The emulator is not started");
  }

  @Test
  void aSeedFileCanBeAClassPathResourceAndIsLoadedAgainByReset() {
    URL team = TeamSeedFile.class.getResource("/seeds/team.json");
    try (SegmentsEmulator emulator =
        SegmentsEmulator.builder().seed(Seed.NONE).seedFile(team).build().start()) {
      ApiClient jane = new ApiClient(emulator).as("jane-key");
      jane.delete("/datasets/jane/flowers/").expect(204);

      emulator.reset();

      jane.get("/datasets/jane/flowers/").expect(200);
    }
  }
}
