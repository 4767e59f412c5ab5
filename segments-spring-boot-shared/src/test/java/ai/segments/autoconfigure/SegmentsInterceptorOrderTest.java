package ai.segments.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * Every interceptor reaches the client through one ordered list of customizers: the starter's at
 * their documented orders, the application's after them or wherever their order puts them.
 */
class SegmentsInterceptorOrderTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(SegmentsAutoConfiguration.class))
          .withUserConfiguration(ApplicationCustomizers.class)
          .withPropertyValues("segments.api-key=test-key", "segments.verify-on-startup=false");

  @Test
  void theStartersInterceptorsComeFirstThenTheApplicationsInTheirOrder() {
    this.runner.run(
        context ->
            assertThat(customizers(context))
                .containsExactly(
                    context.getBean(
                        "segmentsObservationCustomizer", SegmentsClientCustomizer.class),
                    context.getBean("segmentsRetryCustomizer", SegmentsClientCustomizer.class),
                    context.getBean("applicationOutsideTheBreaker", SegmentsClientCustomizer.class),
                    context.getBean(
                        "segmentsCircuitBreakerCustomizer", SegmentsClientCustomizer.class),
                    context.getBean("segmentsRateLimitCustomizer", SegmentsClientCustomizer.class),
                    context.getBean("applicationUnordered", SegmentsClientCustomizer.class)));
  }

  @Test
  void aPartThatIsOffAddsNoInterceptorButKeepsItsPlace() {
    this.runner
        .withPropertyValues("segments.retry.enabled=false", "segments.rate-limit.mode=off")
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(customizers(context)).hasSize(6);
            });
  }

  private static List<SegmentsClientCustomizer> customizers(ApplicationContext context) {
    return context.getBeanProvider(SegmentsClientCustomizer.class).orderedStream().toList();
  }

  @Configuration(proxyBeanMethods = false)
  static class ApplicationCustomizers {

    @Bean
    SegmentsClientCustomizer applicationUnordered() {
      return builder -> {};
    }

    @Bean
    @Order(SegmentsClientCustomizer.RETRY_ORDER + 1)
    SegmentsClientCustomizer applicationOutsideTheBreaker() {
      return builder -> {};
    }
  }
}
