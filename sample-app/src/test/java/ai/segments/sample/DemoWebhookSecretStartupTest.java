package ai.segments.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.emulator.SegmentsEmulator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * With a real API key (here: the key of an emulator this test starts, standing in for the real API)
 * the app refuses to start while the webhook secret is still the demo value of {@code
 * application.yml}, and says which property to set.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoWebhookSecretStartupTest {

  private static final SegmentsEmulator API = SegmentsEmulator.builder().build().start();

  private static final String[] API_ARGS = {
    "--segments.api-key=" + API.apiKey(), "--segments.api-url=" + API.baseUrl()
  };

  @AfterAll
  static void stopApi() {
    API.stop();
  }

  @Test
  void aRealKeyWithTheDemoSecretFailsStartupNamingTheProperty(CapturedOutput output) {
    assertThatThrownBy(() -> app().run(API_ARGS))
        .hasRootCauseInstanceOf(DemoWebhookSecretException.class)
        .rootCause()
        .hasMessageContaining("segments.webhook.secret");
    assertThat(output)
        .contains("APPLICATION FAILED TO START")
        .contains("'segments.webhook.secret' is the public demo value")
        .contains("SEGMENTS_WEBHOOK_SECRET");
  }

  @Test
  void anOwnSecretOrNoWebhooksStart() {
    try (ConfigurableApplicationContext context =
        app().run(args("--segments.webhook.secret=" + SampleAppWithApiKeyTest.OWN_SECRET))) {
      assertThat(context.getBean(DemoWebhookSecretGuard.class)).isNotNull();
    }
    try (ConfigurableApplicationContext context =
        app().run(args("--segments.webhook.enabled=false"))) {
      assertThat(context.isActive()).isTrue();
    }
  }

  @Test
  void theEmbeddedEmulatorKeepsTheDemoSecret() {
    try (ConfigurableApplicationContext context =
        new SpringApplicationBuilder(SampleApplication.class)
            .web(WebApplicationType.NONE)
            .properties("spring.main.banner-mode=off")
            .run()) {
      assertThat(context.getBeanNamesForType(DemoWebhookSecretGuard.class)).isEmpty();
      assertThat(context.getEnvironment().getProperty("segments.webhook.secret"))
          .isEqualTo(DemoWebhookSecretGuard.DEMO_SECRET);
    }
  }

  @Test
  void theAnalysisNamesThePropertyAndTheEnvironmentVariable() {
    FailureAnalysis analysis =
        new DemoWebhookSecretFailureAnalyzer().analyze(new DemoWebhookSecretException());

    assertThat(analysis.getDescription()).contains("segments.webhook.secret", "demo");
    assertThat(analysis.getAction())
        .contains("segments.webhook.secret", "SEGMENTS_WEBHOOK_SECRET", "segments.webhook.enabled");
  }

  private static SpringApplicationBuilder app() {
    return new SpringApplicationBuilder(SampleApplication.class)
        .web(WebApplicationType.NONE)
        .properties("spring.main.banner-mode=off");
  }

  /** Command-line arguments: they win over application.yml, as environment variables do. */
  private static String[] args(String extra) {
    return new String[] {API_ARGS[0], API_ARGS[1], extra};
  }
}
