package ai.segments.sample;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class EmulatorByDefaultTest {

  private final EmulatorByDefault postProcessor = new EmulatorByDefault();

  @Test
  void enablesTheEmulatorWithoutAnApiKey() {
    assertThat(emulatorEnabled(new MockEnvironment())).isEqualTo("true");
    assertThat(emulatorEnabled(new MockEnvironment().withProperty("segments.api-key", " ")))
        .isEqualTo("true");
  }

  @Test
  void leavesItOffWithAnApiKey() {
    assertThat(emulatorEnabled(new MockEnvironment().withProperty("segments.api-key", "k")))
        .isNull();
  }

  @Test
  void neverOverridesAnExplicitSetting() {
    MockEnvironment environment =
        new MockEnvironment().withProperty("segments.emulator.enabled", "false");
    assertThat(emulatorEnabled(environment)).isEqualTo("false");
  }

  private String emulatorEnabled(MockEnvironment environment) {
    this.postProcessor.postProcessEnvironment(environment, new SpringApplication());
    return environment.getProperty("segments.emulator.enabled");
  }
}
