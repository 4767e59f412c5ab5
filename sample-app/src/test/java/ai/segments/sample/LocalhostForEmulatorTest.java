package ai.segments.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class LocalhostForEmulatorTest {

  private final LocalhostForEmulator postProcessor = new LocalhostForEmulator();

  @Test
  void bindsToLoopbackOnTheEmbeddedEmulator() {
    assertThat(address(new MockEnvironment().withProperty("segments.emulator.enabled", "true")))
        .isEqualTo("127.0.0.1");
  }

  @Test
  void leavesTheAddressAloneAgainstTheRealApi() {
    assertThat(address(new MockEnvironment())).isNull();
    assertThat(address(new MockEnvironment().withProperty("segments.emulator.enabled", "false")))
        .isNull();
  }

  @Test
  void neverOverridesAnExplicitAddress() {
    MockEnvironment environment =
        new MockEnvironment()
            .withProperty("segments.emulator.enabled", "true")
            .withProperty("server.address", "0.0.0.0");
    assertThat(address(environment)).isEqualTo("0.0.0.0");
  }

  @Test
  void runsAfterTheEmulatorDefault() {
    assertThat(this.postProcessor.getOrder()).isGreaterThan(new EmulatorByDefault().getOrder());
  }

  private String address(MockEnvironment environment) {
    this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
    return environment.getProperty("server.address");
  }
}
