package ai.segments.autoconfigure;

import ai.segments.spring.resilience.RetryBudget;
import ai.segments.spring.resilience.SegmentsRateLimiter;
import ai.segments.spring.retry.SegmentsRetryInterceptor;
import ai.segments.spring.retry.SegmentsRetryListener;
import ai.segments.spring.retry.SegmentsRetryOperations;
import ai.segments.spring.retry.SegmentsRetryTemplates;
import ai.segments.spring.retry.SpringRetrySegmentsRetryOperations;
import ai.segments.spring.retry.ThrottledRetryWait;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.retry.RetryOperations;
import org.springframework.retry.support.RetryTemplate;

/**
 * The retry beans, unless {@code segments.retry.enabled=false}: the {@value
 * #RETRY_TEMPLATE_BEAN_NAME} template, the {@link SegmentsRetryOperations} seam over it and the
 * {@link SegmentsRetryInterceptor}.
 *
 * <p>The template is registered under its own name and is not a default autowiring candidate, so
 * that it never takes the place of an application's own {@code RetryTemplate}, and an application's
 * template is never picked up here. Define a bean named {@value #RETRY_TEMPLATE_BEAN_NAME} to
 * replace it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(
    prefix = "segments.retry",
    name = "enabled",
    havingValue = "true",
    matchIfMissing = true)
public class SegmentsRetryConfiguration {

  /** The name of the retry template bean. */
  public static final String RETRY_TEMPLATE_BEAN_NAME = "segmentsRetryTemplate";

  /** Creates the configuration. */
  public SegmentsRetryConfiguration() {}

  /**
   * The retry template from {@code segments.retry.*}, drawing retries from the retry budget unless
   * it is off. With the adaptive rate limiter (the default) it repeats a throttled attempt without
   * a wait of its own: the limiter paces it ({@link ThrottledRetryWait#RATE_LIMITER}).
   *
   * @param properties the properties
   * @param budget the retry budget, unless {@code segments.retry.budget.enabled=false}
   * @param rateLimiter the rate limiter, unless {@code segments.rate-limit.mode=off}
   * @return the template
   */
  @Bean(name = RETRY_TEMPLATE_BEAN_NAME, defaultCandidate = false)
  @ConditionalOnMissingBean(name = RETRY_TEMPLATE_BEAN_NAME)
  public RetryTemplate segmentsRetryTemplate(
      SegmentsRetryProperties properties,
      ObjectProvider<RetryBudget> budget,
      ObjectProvider<SegmentsRateLimiter> rateLimiter) {
    return SegmentsRetryTemplates.create(
        properties.toSettings(),
        budget.getIfAvailable(),
        ThrottledRetryWait.pacedBy(rateLimiter.getIfAvailable()));
  }

  /**
   * The retry seam over the template.
   *
   * @param retryTemplate the {@value #RETRY_TEMPLATE_BEAN_NAME} bean
   * @return the retry operations
   */
  @Bean
  @ConditionalOnMissingBean
  public SegmentsRetryOperations segmentsRetryOperations(
      @Qualifier(RETRY_TEMPLATE_BEAN_NAME) RetryOperations retryTemplate) {
    return new SpringRetrySegmentsRetryOperations(retryTemplate);
  }

  /**
   * The retry interceptor of the auto-configured client.
   *
   * @param retryOperations the retry engine
   * @param listeners told about every retry (e.g. the retries counter)
   * @return the interceptor
   */
  @Bean
  @ConditionalOnMissingBean
  public SegmentsRetryInterceptor segmentsRetryInterceptor(
      SegmentsRetryOperations retryOperations, ObjectProvider<SegmentsRetryListener> listeners) {
    SegmentsRetryListener all =
        (retry, reason) -> listeners.orderedStream().forEach(l -> l.onRetry(retry, reason));
    return new SegmentsRetryInterceptor(retryOperations, all);
  }
}
