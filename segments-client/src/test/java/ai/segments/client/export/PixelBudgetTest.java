package ai.segments.client.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The pixel budget of the read-ahead: waits beyond it, except for the head, and gives back. */
class PixelBudgetTest {

  private final PixelBudget budget = new PixelBudget(100);
  private final PixelBudget.Holder head = new PixelBudget.Holder();
  private final PixelBudget.Holder first = new PixelBudget.Holder();
  private final PixelBudget.Holder second = new PixelBudget.Holder();

  @Test
  void aFetchBeyondTheBudgetWaitsUntilPixelsAreGivenBack() throws InterruptedException {
    this.budget.head(this.head);
    this.budget.reserve(this.first, 60);
    CountDownLatch reserved = new CountDownLatch(1);
    Thread waiting =
        new Thread(
            () -> {
              this.budget.reserve(this.second, 60);
              reserved.countDown();
            });
    waiting.start();

    assertThat(reserved.await(50, TimeUnit.MILLISECONDS)).isFalse();
    this.budget.release(this.first);
    assertThat(reserved.await(30, TimeUnit.SECONDS)).isTrue();
    waiting.join();
    assertThat(this.budget.reserved()).isEqualTo(60);
  }

  @Test
  void theHeadNeverWaitsAndOneBitmapPassesWhenNothingIsHeld() {
    this.budget.reserve(this.first, 500);
    this.budget.head(this.head);
    this.budget.reserve(this.head, 700);

    assertThat(this.budget.reserved()).isEqualTo(1200);
    this.budget.release(this.first);
    this.budget.release(this.head);
    assertThat(this.budget.reserved()).isZero();
  }

  @Test
  void aFetchReleasedWhileItWaitsIsCancelled() throws InterruptedException {
    this.budget.reserve(this.first, 90);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Thread waiting =
        new Thread(
            () -> {
              try {
                this.budget.reserve(this.second, 60);
              } catch (CancellationException ex) {
                failure.set(ex);
              }
            });
    waiting.start();

    this.budget.release(this.second);
    waiting.join(TimeUnit.SECONDS.toMillis(30));
    assertThat(failure.get()).isInstanceOf(CancellationException.class);
    assertThat(this.budget.reserved()).isEqualTo(90);
  }

  @Test
  void theBudgetIsAtLeastOnePixel() {
    assertThatThrownBy(() -> new PixelBudget(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
