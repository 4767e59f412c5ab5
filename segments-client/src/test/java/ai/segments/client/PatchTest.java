package ai.segments.client;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.model.Patch;
import org.junit.jupiter.api.Test;

class PatchTest {

  @Test
  void keepsTheThreeStatesApart() {
    assertThat(Patch.unchanged().isPresent()).isFalse();
    assertThat(Patch.toNull().isPresent()).isTrue();
    assertThat(Patch.toNull().value()).isNull();
    assertThat(Patch.of("x").value()).isEqualTo("x");
    assertThat(Patch.of(null)).isEqualTo(Patch.toNull()).hasSameHashCodeAs(Patch.toNull());
    assertThat(Patch.of("x")).isNotEqualTo(Patch.toNull()).isNotEqualTo(Patch.unchanged());
  }

  @Test
  void mapsOnlyValues() {
    assertThat(Patch.of("x").map(String::length)).isEqualTo(Patch.of(1));
    assertThat(Patch.<String>toNull().map(String::length)).isEqualTo(Patch.toNull());
    assertThat(Patch.<String>unchanged().map(String::length)).isEqualTo(Patch.unchanged());
  }

  @Test
  void describesItself() {
    assertThat(Patch.unchanged()).hasToString("Patch.unchanged");
    assertThat(Patch.toNull()).hasToString("Patch.toNull");
    assertThat(Patch.of(1)).hasToString("Patch.of(1)");
  }
}
