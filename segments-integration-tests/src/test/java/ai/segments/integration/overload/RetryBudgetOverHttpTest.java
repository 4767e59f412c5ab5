package ai.segments.integration.overload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.SegmentsClient;
import ai.segments.client.exception.NetworkException;
import ai.segments.emulator.Seed;
import ai.segments.emulator.SegmentsEmulator;
import ai.segments.emulator.SegmentsEmulatorExtension;
import ai.segments.spring.resilience.ResilienceEvents;
import ai.segments.spring.resilience.RetryBudget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The retry budget over real HTTP: transient failures among successes retried, outages not. */
class RetryBudgetOverHttpTest {

  @RegisterExtension
  static final SegmentsEmulatorExtension EMULATOR =
      new SegmentsEmulatorExtension(SegmentsEmulator.builder().seed(Seed.DEMO));

  private static final String DATASET = "demo/flowers";

  @Test
  void aSingleTransientFailureAmongSuccessesIsRetriedAsWithoutABudget(SegmentsEmulator emulator) {
    SegmentsClient client =
        ProtectedClients.client(emulator, new RetryBudget(0.2, 10, ResilienceEvents.NONE));
    for (int i = 0; i < 20; i++) {
      if (i % 5 == 0) {
        emulator.faults().forOperation("getDataset").status(503).times(1);
      }
      assertThat(client.getDataset(DATASET).fullName()).isEqualTo(DATASET);
    }
    assertThat(emulator.requestLog().count("getDataset")).isEqualTo(24);
  }

  @Test
  void whenTheApiFailsEveryCallTheBudgetRunsDryAndFailuresSurfaceAtOnce(SegmentsEmulator emulator) {
    RetryBudget budget = new RetryBudget(0.2, 3, ResilienceEvents.NONE);
    SegmentsClient client = ProtectedClients.client(emulator, budget);
    emulator.faults().forOperation("getDataset").status(503);

    for (int i = 0; i < 5; i++) {
      assertThatThrownBy(() -> client.getDataset(DATASET)).isInstanceOf(NetworkException.class);
    }

    assertThat(emulator.requestLog().count("getDataset")).isEqualTo(5 + 3);
    assertThat(budget.available()).isZero();
  }

  @Test
  void successfulCallsRefillTheBudget(SegmentsEmulator emulator) {
    RetryBudget budget = new RetryBudget(0.2, 3, ResilienceEvents.NONE);
    SegmentsClient client = ProtectedClients.client(emulator, budget);
    emulator.faults().forOperation("getDataset").status(503).times(3 + 1);
    assertThatThrownBy(() -> client.getDataset(DATASET)).isInstanceOf(NetworkException.class);
    assertThat(budget.available()).isZero();

    for (int i = 0; i < 10; i++) {
      client.getUser();
    }
    emulator.faults().forOperation("getDataset").status(503).times(2);
    emulator.requestLog().clear();

    assertThat(client.getDataset(DATASET).fullName()).isEqualTo(DATASET);
    assertThat(emulator.requestLog().count("getDataset")).isEqualTo(3);
  }
}
