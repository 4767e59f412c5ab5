package ai.segments.autoconfigure.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.autoconfigure.SegmentsAutoConfiguration;
import ai.segments.autoconfigure.SegmentsConfigurationFailureAnalyzer;
import ai.segments.spring.webhook.SegmentsWebhookHandler;
import ai.segments.spring.webhook.TestSignatures;
import ai.segments.spring.webhook.WebhookReplayCache;
import ai.segments.spring.webhook.WebhookSignatureVerifier;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.function.RouterFunction;

class SegmentsWebhookAutoConfigurationTest {

  private static final String ENABLED = "segments.webhook.enabled=true";
  private static final String SECRET = "segments.webhook.secret=" + TestSignatures.SECRET;

  private final WebApplicationContextRunner runner =
      new WebApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(SegmentsWebhookAutoConfiguration.class));

  @Test
  void isOffByDefault() {
    runner
        .withPropertyValues(SECRET)
        .run(
            context ->
                assertThat(context)
                    .hasNotFailed()
                    .doesNotHaveBean(SegmentsWebhookHandler.class)
                    .doesNotHaveBean(SegmentsWebhookProperties.class));
  }

  @Test
  void registersTheEndpointWithTheDefaults() {
    runner
        .withPropertyValues(ENABLED, SECRET)
        .run(
            context -> {
              assertThat(context)
                  .hasSingleBean(SegmentsWebhookHandler.class)
                  .hasSingleBean(WebhookSignatureVerifier.class)
                  .hasSingleBean(WebhookReplayCache.class)
                  .hasBean("segmentsWebhookRoute");
              assertThat(context.getBean("segmentsWebhookRoute"))
                  .isInstanceOf(RouterFunction.class);
              SegmentsWebhookProperties properties =
                  context.getBean(SegmentsWebhookProperties.class);
              assertThat(properties.getPath()).isEqualTo("/segments/webhooks");
              assertThat(properties.getTolerance()).isEqualTo(Duration.ofMinutes(5));
              assertThat(properties.getMaxBodySize()).isEqualTo(DataSize.ofMegabytes(1));
              assertThat(properties.getReplayCacheSize()).isEqualTo(10_000);
            });
  }

  @Test
  void needsAServletWebApplication() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(SegmentsWebhookAutoConfiguration.class))
        .withPropertyValues(ENABLED, SECRET)
        .run(context -> assertThat(context).doesNotHaveBean(SegmentsWebhookHandler.class));
  }

  @Test
  void backsOffForApplicationBeans() {
    runner
        .withPropertyValues(ENABLED, SECRET)
        .withBean(
            "myVerifier",
            WebhookSignatureVerifier.class,
            () ->
                new WebhookSignatureVerifier(
                    TestSignatures.SECRET, Duration.ofSeconds(1), java.time.Clock.systemUTC()))
        .run(
            context ->
                assertThat(context)
                    .getBean(WebhookSignatureVerifier.class)
                    .isSameAs(context.getBean("myVerifier")));
  }

  private FailureAnalysis startupFailure(String... properties) {
    AtomicReference<Throwable> failure = new AtomicReference<>();
    runner.withPropertyValues(properties).run(context -> failure.set(context.getStartupFailure()));
    FailureAnalysis analysis = new SegmentsConfigurationFailureAnalyzer().analyze(failure.get());
    assertThat(analysis).as("analysis of %s", failure.get()).isNotNull();
    return analysis;
  }

  @Test
  void failsTheStartupWithoutASecret() {
    FailureAnalysis analysis = startupFailure(ENABLED, "segments.webhook.secret= ");
    assertThat(analysis.getDescription()).contains("No Segments webhook secret is configured");
    assertThat(analysis.getAction())
        .contains("'segments.webhook.secret'", "SEGMENTS_WEBHOOK_SECRET", "enabled=false");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "segments.webhook.secret=whsec_my*private*value, segments.webhook.secret",
    "segments.webhook.secret=whsec_, segments.webhook.secret",
    "segments.webhook.path=hooks, segments.webhook.path",
    "segments.webhook.tolerance=0s, segments.webhook.tolerance",
    "segments.webhook.max-body-size=0B, segments.webhook.max-body-size",
    "segments.webhook.replay-cache-size=0, segments.webhook.replay-cache-size"
  })
  void failsTheStartupForAnInvalidValueWithoutShowingIt(String property, String name) {
    FailureAnalysis analysis = startupFailure(ENABLED, SECRET, property);
    assertThat(analysis.getDescription())
        .startsWith("Invalid Segments configuration: '" + name + "'")
        .doesNotContain("private", "my*");
    assertThat(analysis.getAction()).contains(name).doesNotContain("private");
  }

  @Test
  void ignoresTheSettingsWhileDisabled() {
    runner
        .withPropertyValues("segments.webhook.path=hooks", "segments.webhook.tolerance=0s")
        .run(context -> assertThat(context).hasNotFailed());
  }

  @Test
  void theCoreSanitizingFunctionMasksTheSecretInConfigprops() {
    new WebApplicationContextRunner()
        .withConfiguration(
            AutoConfigurations.of(
                EndpointAutoConfiguration.class,
                ConfigurationPropertiesReportEndpointAutoConfiguration.class,
                SegmentsAutoConfiguration.class,
                SegmentsWebhookAutoConfiguration.class))
        .withPropertyValues(
            ENABLED,
            SECRET,
            "segments.api-key=key",
            "segments.verify-on-startup=false",
            "management.endpoints.web.exposure.include=configprops",
            "management.endpoint.configprops.show-values=ALWAYS")
        .run(
            context -> {
              ConfigurationPropertiesReportEndpoint endpoint =
                  context.getBean(ConfigurationPropertiesReportEndpoint.class);
              var beans =
                  endpoint
                      .configurationPropertiesWithPrefix("segments.webhook")
                      .getContexts()
                      .get(context.getId())
                      .getBeans();
              assertThat(beans.values())
                  .singleElement()
                  .satisfies(
                      bean ->
                          assertThat(bean.getProperties())
                              .containsEntry("secret", SanitizableData.SANITIZED_VALUE)
                              .containsEntry("path", "/segments/webhooks"));
            });
  }
}
