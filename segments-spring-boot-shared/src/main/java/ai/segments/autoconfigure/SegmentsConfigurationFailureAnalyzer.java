package ai.segments.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a failed startup caused by a missing or invalid Segments configuration: what is wrong
 * and which property (or environment variable) to set.
 */
public class SegmentsConfigurationFailureAnalyzer
    extends AbstractFailureAnalyzer<SegmentsConfigurationException> {

  /** Creates the analyzer; instantiated by Spring Boot from {@code spring.factories}. */
  public SegmentsConfigurationFailureAnalyzer() {}

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, SegmentsConfigurationException cause) {
    return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
  }
}
