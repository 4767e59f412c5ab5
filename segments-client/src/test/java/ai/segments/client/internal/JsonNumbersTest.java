package ai.segments.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonNumbersTest {

  @Test
  void integralValuesGoOutAsIntegersLikeTheSdksDefaultPriority() {
    assertThat(JsonNumbers.integralAsInteger(0.0)).isEqualTo(0L);
    assertThat(JsonNumbers.integralAsInteger(-3.0)).isEqualTo(-3L);
    assertThat(JsonNumbers.integralAsInteger(1e15)).isEqualTo(1_000_000_000_000_000L);
  }

  @Test
  void otherValuesStayDoubles() {
    assertThat(JsonNumbers.integralAsInteger(2.5)).isEqualTo(2.5);
    assertThat(JsonNumbers.integralAsInteger(1e300)).isEqualTo(1e300);
    assertThat(JsonNumbers.integralAsInteger(Double.NaN)).isEqualTo(Double.NaN);
  }
}
