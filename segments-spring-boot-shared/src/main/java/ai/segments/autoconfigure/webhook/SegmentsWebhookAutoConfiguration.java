package ai.segments.autoconfigure.webhook;

import ai.segments.spring.resilience.SegmentsClock;
import ai.segments.spring.webhook.SegmentsWebhookHandler;
import ai.segments.spring.webhook.WebhookEventReader;
import ai.segments.spring.webhook.WebhookReplayCache;
import ai.segments.spring.webhook.WebhookSignatureVerifier;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Registers the Segments.ai webhook endpoint ({@code POST segments.webhook.path}) in servlet web
 * applications when {@code segments.webhook.enabled=true}. Verified notifications are published as
 * {@link SegmentsWebhookEvent}s for {@code @EventListener}s.
 *
 * <p>The secret is masked in Actuator's {@code env} and {@code configprops} endpoints by the core
 * auto-configuration's {@code SegmentsSanitizingFunction}.
 *
 * <p>A {@link Clock} bean, if there is exactly one, is used for the timestamp check and the replay
 * window; otherwise the system clock. The verifier, replay cache, reader and handler can be
 * replaced by beans of their types.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(RouterFunction.class)
@ConditionalOnBooleanProperty("segments.webhook.enabled")
@EnableConfigurationProperties(SegmentsWebhookProperties.class)
public class SegmentsWebhookAutoConfiguration {

  /** Creates the configuration. */
  public SegmentsWebhookAutoConfiguration() {}

  /**
   * The signature verifier with {@code segments.webhook.secret} and {@code tolerance}.
   *
   * @param properties the webhook properties
   * @param clock a clock bean, if any
   * @return the verifier
   */
  @Bean
  @ConditionalOnMissingBean
  public WebhookSignatureVerifier segmentsWebhookSignatureVerifier(
      SegmentsWebhookProperties properties, ObjectProvider<Clock> clock) {
    return new WebhookSignatureVerifier(
        properties.getSecret(),
        properties.getTolerance(),
        clock.getIfUnique(SegmentsClock::system));
  }

  /**
   * The replay cache, remembering each message id until its timestamp plus the tolerance, at most
   * {@code segments.webhook.replay-cache-size} ids.
   *
   * @param properties the webhook properties
   * @param clock a clock bean, if any
   * @return the cache
   */
  @Bean
  @ConditionalOnMissingBean
  public WebhookReplayCache segmentsWebhookReplayCache(
      SegmentsWebhookProperties properties, ObjectProvider<Clock> clock) {
    return new WebhookReplayCache(
        properties.getTolerance(),
        properties.getReplayCacheSize(),
        clock.getIfUnique(SegmentsClock::system));
  }

  /**
   * Reads verified bodies with the client's lenient object mapper.
   *
   * @return the reader
   */
  @Bean
  @ConditionalOnMissingBean
  public WebhookEventReader segmentsWebhookEventReader() {
    return new WebhookEventReader();
  }

  /**
   * The endpoint's handler.
   *
   * @param properties the webhook properties
   * @param verifier verifies signatures
   * @param replayCache remembers processed message ids
   * @param reader reads verified bodies
   * @param publisher publishes the events
   * @return the handler
   */
  @Bean
  @ConditionalOnMissingBean
  public SegmentsWebhookHandler segmentsWebhookHandler(
      SegmentsWebhookProperties properties,
      WebhookSignatureVerifier verifier,
      WebhookReplayCache replayCache,
      WebhookEventReader reader,
      ApplicationEventPublisher publisher) {
    return new SegmentsWebhookHandler(
        verifier, replayCache, reader, publisher, properties.getMaxBodySize().toBytes());
  }

  /**
   * Routes {@code POST segments.webhook.path} to the handler.
   *
   * @param properties the webhook properties
   * @param handler the handler
   * @return the route
   */
  @Bean
  public RouterFunction<ServerResponse> segmentsWebhookRoute(
      SegmentsWebhookProperties properties, SegmentsWebhookHandler handler) {
    return RouterFunctions.route().POST(properties.getPath(), handler).build();
  }
}
