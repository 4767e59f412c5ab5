package ai.segments.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExtensionAndLifecycleTest {

  @RegisterExtension
  final SegmentsEmulatorExtension perTest =
      new SegmentsEmulatorExtension(SegmentsEmulator.builder().seed(Seed.NONE));

  @Test
  void instanceRegistrationGivesEachTestAFreshEmulator(SegmentsEmulator emulator) {
    assertThat(emulator).isSameAs(perTest.emulator());
    assertThat(emulator.baseUrl()).isEqualTo("http://127.0.0.1:" + emulator.port() + "/");
    assertThat(emulator.apiKey()).isEqualTo("demo-api-key");
    new ApiClient(emulator).post("/user/datasets/", java.util.Map.of("name", "fresh")).expect(201);
    emulator.faults().forAnyRequest().status(500);
  }

  @Test
  void faultsAndDataDoNotLeakBetweenTests(SegmentsEmulator emulator) {
    new ApiClient(emulator).post("/user/datasets/", java.util.Map.of("name", "fresh")).expect(201);
  }

  @Test
  void startStopAndPorts() {
    SegmentsEmulator emulator = SegmentsEmulator.builder().seed(Seed.NONE).build();
    assertThatThrownBy(emulator::port).isInstanceOf(IllegalStateException.class);
    emulator.start();
    assertThatThrownBy(emulator::start).isInstanceOf(IllegalStateException.class);
    int port = emulator.port();
    assertThatThrownBy(() -> SegmentsEmulator.builder().port(port).seed(Seed.NONE).build().start())
        .as("port in use")
        .isInstanceOf(UncheckedIOException.class);
    emulator.stop();
    emulator.stop();
    try (SegmentsEmulator fixed =
        SegmentsEmulator.builder().port(port).seed(Seed.NONE).build().start()) {
      assertThat(fixed.port()).isEqualTo(port);
      new ApiClient(fixed).get("/user").expect(200);
    }
  }

  @Nested
  class NestedTests {
    @Test
    void nestedTestsGetTheEmulatorToo(SegmentsEmulator emulator) {
      new ApiClient(emulator).get("/user").expect(200);
      assertThat(emulator.requestLog().size()).isEqualTo(1);
    }
  }
}
