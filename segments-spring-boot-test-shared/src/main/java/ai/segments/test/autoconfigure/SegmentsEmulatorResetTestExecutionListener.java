package ai.segments.test.autoconfigure;

import ai.segments.emulator.SegmentsEmulator;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Resets the {@link SegmentsEmulator} bean of a test's application context after each test method
 * when {@code segments.emulator.reset} (set by {@link AutoConfigureSegmentsEmulator#reset()}) is
 * {@link EmulatorReset#AFTER_EACH_TEST}. Registered in {@code META-INF/spring.factories}; does
 * nothing for contexts that were never loaded or that have no emulator.
 */
public class SegmentsEmulatorResetTestExecutionListener implements TestExecutionListener, Ordered {

  /** The property that says when to reset. */
  static final String RESET_PROPERTY = "segments.emulator.reset";

  /** Creates the listener. */
  public SegmentsEmulatorResetTestExecutionListener() {}

  /** Runs late, after the listeners that still use the emulator's state, like Boot's resets. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE - 100;
  }

  /**
   * Resets the context's emulator if the test asked for it.
   *
   * @param testContext the test that ran
   */
  @Override
  public void afterTestMethod(TestContext testContext) {
    if (!testContext.hasApplicationContext()) {
      return;
    }
    ApplicationContext context = testContext.getApplicationContext();
    EmulatorReset reset =
        Binder.get(context.getEnvironment())
            .bind(RESET_PROPERTY, EmulatorReset.class)
            .orElse(EmulatorReset.NEVER);
    if (reset == EmulatorReset.AFTER_EACH_TEST) {
      context.getBeanProvider(SegmentsEmulator.class).ifUnique(SegmentsEmulator::reset);
    }
  }
}
