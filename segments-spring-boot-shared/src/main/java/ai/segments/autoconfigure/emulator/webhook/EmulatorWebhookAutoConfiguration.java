package ai.segments.autoconfigure.emulator.webhook;

import ai.segments.autoconfigure.webhook.SegmentsWebhookAutoConfiguration;
import ai.segments.autoconfigure.webhook.SegmentsWebhookProperties;
import ai.segments.emulator.SegmentsEmulator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * When an application runs both the embedded emulator ({@code segments.emulator.enabled=true}) and
 * the webhook endpoint ({@code segments.webhook.enabled=true}), makes the emulator send its signed
 * webhooks to that endpoint, so the webhook flow works end to end offline.
 */
@AutoConfiguration(
    after = SegmentsWebhookAutoConfiguration.class,
    afterName = "ai.segments.autoconfigure.emulator.SegmentsEmulatorAutoConfiguration")
@ConditionalOnClass(SegmentsWebhookProperties.class)
@ConditionalOnBean({SegmentsEmulator.class, SegmentsWebhookProperties.class})
public class EmulatorWebhookAutoConfiguration {

  /** Creates the configuration. */
  public EmulatorWebhookAutoConfiguration() {}

  /**
   * Registers the application's endpoint with the emulator once the web server is up.
   *
   * @param emulator the embedded emulator
   * @param properties the webhook endpoint settings
   * @param environment gives {@code server.servlet.context-path} and {@code local.server.port}
   * @return the registrar
   */
  @Bean
  @ConditionalOnMissingBean
  public EmulatorWebhookRegistrar emulatorWebhookRegistrar(
      SegmentsEmulator emulator, SegmentsWebhookProperties properties, Environment environment) {
    String contextPath = environment.getProperty("server.servlet.context-path", "");
    if (contextPath.endsWith("/")) {
      contextPath = contextPath.substring(0, contextPath.length() - 1);
    }
    return new EmulatorWebhookRegistrar(
        emulator,
        contextPath + properties.getPath(),
        properties.getSecret(),
        () -> environment.getProperty("local.server.port", Integer.class));
  }
}
