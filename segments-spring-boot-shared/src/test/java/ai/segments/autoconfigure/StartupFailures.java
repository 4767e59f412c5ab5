package ai.segments.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ContextConsumer;

/** Assertions on application contexts that must not start. */
final class StartupFailures {

  private StartupFailures() {}

  /**
   * Expects the startup to fail with a {@link SegmentsConfigurationException} naming a property.
   *
   * @param property the property the failure must name
   * @return the assertion, for {@code runner.run(...)}
   */
  static ContextConsumer<AssertableApplicationContext> namingProperty(String property) {
    return context ->
        assertThat(context.getStartupFailure())
            .rootCause()
            .isInstanceOfSatisfying(
                SegmentsConfigurationException.class,
                ex -> assertThat(ex.property()).isEqualTo(property));
  }
}
