package ai.segments.autoconfigure.web;

import ai.segments.autoconfigure.SegmentsAutoConfiguration;
import ai.segments.spring.web.SegmentsExceptionHandler;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Registers {@link SegmentsExceptionHandler} in servlet web applications, unless {@code
 * segments.web.exception-handler.enabled=false}.
 */
@AutoConfiguration(after = SegmentsAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({DispatcherServlet.class, ProblemDetail.class})
@ConditionalOnProperty(
    prefix = "segments.web.exception-handler",
    name = "enabled",
    havingValue = "true",
    matchIfMissing = true)
public class SegmentsWebAutoConfiguration {

  /** Creates the configuration. */
  public SegmentsWebAutoConfiguration() {}

  /**
   * The controller advice.
   *
   * @return the advice
   */
  @Bean
  @ConditionalOnMissingBean
  public SegmentsExceptionHandler segmentsExceptionHandler() {
    return new SegmentsExceptionHandler();
  }
}
