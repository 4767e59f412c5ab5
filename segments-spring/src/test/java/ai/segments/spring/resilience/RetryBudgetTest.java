package ai.segments.spring.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The retry budget: full at the start, spent by retries, refilled by successful calls. */
class RetryBudgetTest {

  private final AtomicInteger exhausted = new AtomicInteger();
  private final RetryBudget budget =
      new RetryBudget(
          0.2,
          3,
          new ResilienceEvents() {
            @Override
            public void budgetExhausted() {
              RetryBudgetTest.this.exhausted.incrementAndGet();
            }
          });

  @Test
  void startsFullAndRefusesRetriesOnceSpent() {
    assertThat(this.budget.tryRetry()).isTrue();
    assertThat(this.budget.tryRetry()).isTrue();
    assertThat(this.budget.tryRetry()).isTrue();
    assertThat(this.budget.tryRetry()).isFalse();
    assertThat(this.exhausted).hasValue(1);
  }

  @Test
  void everyFifthSuccessfulCallPaysForOneRetry() {
    while (this.budget.tryRetry()) {
      // spend it
    }
    for (int i = 0; i < 4; i++) {
      this.budget.succeeded();
    }
    assertThat(this.budget.tryRetry()).isFalse();
    this.budget.succeeded();
    assertThat(this.budget.tryRetry()).isTrue();
  }

  @Test
  void neverHoldsMoreThanItsCapacity() {
    for (int i = 0; i < 100; i++) {
      this.budget.succeeded();
    }
    assertThat(this.budget.available()).isEqualTo(3.0);
  }

  @Test
  void rejectsImpossibleSettings() {
    assertThatThrownBy(() -> new RetryBudget(0, 1, ResilienceEvents.NONE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RetryBudget(0.1, 0, ResilienceEvents.NONE))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
