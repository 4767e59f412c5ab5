package ai.segments.sample;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a startup refused by {@link DemoWebhookSecretGuard}: which property to set. */
public class DemoWebhookSecretFailureAnalyzer
    extends AbstractFailureAnalyzer<DemoWebhookSecretException> {

  /** Creates the analyzer; instantiated by Spring Boot from {@code spring.factories}. */
  public DemoWebhookSecretFailureAnalyzer() {}

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, DemoWebhookSecretException cause) {
    return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
  }
}
