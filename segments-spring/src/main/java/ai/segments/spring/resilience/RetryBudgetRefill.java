package ai.segments.spring.resilience;

import org.springframework.retry.RetryCallback;
import org.springframework.retry.RetryContext;
import org.springframework.retry.RetryListener;

/**
 * A Spring Retry {@link RetryListener} that refills a {@link RetryBudget} on every successful call
 * to the API (downloads from other hosts, {@link RetryBudgetPolicy#isOutsideApi}, leave it alone).
 */
public final class RetryBudgetRefill implements RetryListener {

  private final RetryBudget budget;

  /**
   * Creates the listener.
   *
   * @param budget the budget to refill
   */
  public RetryBudgetRefill(RetryBudget budget) {
    this.budget = budget;
  }

  @Override
  public <T, E extends Throwable> void onSuccess(
      RetryContext context, RetryCallback<T, E> callback, T result) {
    if (!RetryBudgetPolicy.isOutsideApi(context)) {
      this.budget.succeeded();
    }
  }
}
