package ai.segments.autoconfigure.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
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
                  .hasBean("segmentsWebhookRoute")
                  .hasSingleBean(WebhookSecretSanitizingFunction.class);
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

  @Test
  void failsTheStartupWithoutASecret() {
    runner
        .withPropertyValues(ENABLED)
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("segments.webhook.secret must be set"));
  }

  @Test
  void failsTheStartupForAnInvalidSecretWithoutShowingIt() {
    runner
        .withPropertyValues(ENABLED, "segments.webhook.secret=whsec_my*private*value")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("segments.webhook.secret is not a webhook signing secret")
                    .hasMessageNotContaining("my*private*value"));
  }

  @Test
  void failsTheStartupForInvalidLimits() {
    runner
        .withPropertyValues(
            ENABLED,
            SECRET,
            "segments.webhook.path=hooks",
            "segments.webhook.tolerance=0s",
            "segments.webhook.max-body-size=0B",
            "segments.webhook.replay-cache-size=0")
        .run(
            context ->
                assertThat(context)
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("segments.webhook.path must start with '/'")
                    .hasMessageContaining("segments.webhook.tolerance must be positive")
                    .hasMessageContaining("segments.webhook.max-body-size must be positive")
                    .hasMessageContaining("segments.webhook.replay-cache-size must be at least 1"));
  }

  @Test
  void worksWithoutActuator() {
    runner
        .withClassLoader(new FilteredClassLoader("org.springframework.boot.actuate"))
        .withPropertyValues(ENABLED, SECRET)
        .run(
            context ->
                assertThat(context)
                    .hasSingleBean(SegmentsWebhookHandler.class)
                    .doesNotHaveBean(WebhookSecretSanitizingFunction.class));
  }

  @Test
  void masksTheSecretInEverySpelling() {
    WebhookSecretSanitizingFunction function = new WebhookSecretSanitizingFunction();
    for (String key :
        new String[] {
          "segments.webhook.secret", "SEGMENTS_WEBHOOK_SECRET", "segments.webhook.Secret"
        }) {
      assertThat(function.apply(new SanitizableData(null, key, "whsec_x")).getValue())
          .isEqualTo(SanitizableData.SANITIZED_VALUE);
    }
    assertThat(function.apply(new SanitizableData(null, "segments.webhook.path", "/x")).getValue())
        .isEqualTo("/x");
  }
}
