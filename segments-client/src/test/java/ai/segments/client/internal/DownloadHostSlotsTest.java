package ai.segments.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.exception.SegmentsTimeoutException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The per-host bound of downloads: counted per host, waiting for a slot, interruptible. */
class DownloadHostSlotsTest {

  private final DownloadHostSlots slots = new DownloadHostSlots(2);

  @Test
  void eachHostHasItsOwnSlotsAndFreeHostsAreForgotten() {
    this.slots.acquire("a:443", "downloadFile");
    this.slots.acquire("a:443", "downloadFile");
    this.slots.acquire("b:443", "downloadFile");

    assertThat(this.slots.running("a:443")).isEqualTo(2);
    assertThat(this.slots.running("b:443")).isEqualTo(1);
    this.slots.release("a:443");
    this.slots.release("a:443");
    assertThat(this.slots.running("a:443")).isZero();
  }

  @Test
  void aDownloadBeyondTheBoundWaitsForASlot() throws InterruptedException {
    this.slots.acquire("a:443", "downloadFile");
    this.slots.acquire("a:443", "downloadFile");
    CountDownLatch acquired = new CountDownLatch(1);
    Thread third =
        new Thread(
            () -> {
              this.slots.acquire("a:443", "downloadFile");
              acquired.countDown();
            });
    third.start();

    assertThat(acquired.await(50, TimeUnit.MILLISECONDS)).isFalse();
    assertThat(this.slots.running("a:443")).isEqualTo(2);
    this.slots.release("a:443");
    assertThat(acquired.await(30, TimeUnit.SECONDS)).isTrue();
    third.join();
    assertThat(this.slots.running("a:443")).isEqualTo(2);
  }

  @Test
  void anInterruptedWaitFailsAndKeepsTheInterrupt() {
    this.slots.acquire("a:443", "downloadFile");
    this.slots.acquire("a:443", "downloadFile");
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> this.slots.acquire("a:443", "downloadFile"))
          .isInstanceOf(SegmentsTimeoutException.class)
          .hasMessageContaining("Interrupted while waiting to download from a:443");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(this.slots.running("a:443")).isEqualTo(2);
  }

  @Test
  void theBoundIsAtLeastOne() {
    assertThatThrownBy(() -> new DownloadHostSlots(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
