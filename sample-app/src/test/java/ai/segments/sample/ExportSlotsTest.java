package ai.segments.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;

class ExportSlotsTest {

  private final ExportSlots slots =
      new ExportSlots(
          new SampleProperties(
              1,
              1,
              null,
              new SampleProperties.Export(
                  DataSize.ofKilobytes(1), 2, Duration.ofMillis(1500), Duration.ZERO, null)));

  @Test
  void refusesBeyondTheBoundWith429AndRetryAfterRoundedUp() {
    ExportSlots.Slot first = this.slots.acquire();
    this.slots.acquire();

    assertThatThrownBy(this.slots::acquire)
        .isInstanceOfSatisfying(
            ErrorResponseException.class,
            ex -> {
              assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
              assertThat(ex.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
            });
    first.close();
    assertThat(this.slots.acquire()).isNotNull();
  }

  @Test
  void aSlotClosedTwiceIsGivenBackOnce() {
    ExportSlots.Slot slot = this.slots.acquire();
    slot.close();
    slot.close();

    this.slots.acquire();
    this.slots.acquire();
    assertThatThrownBy(this.slots::acquire).isInstanceOf(ErrorResponseException.class);
  }
}
