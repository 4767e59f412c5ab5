package ai.segments.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.autoconfigure.context.properties.ConfigurationPropertiesReportEndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.endpoint.EndpointAutoConfiguration;
import org.springframework.boot.actuate.autoconfigure.env.EnvironmentEndpointAutoConfiguration;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The API key is masked by Actuator even with {@code show-values=ALWAYS}. */
class SegmentsSanitizingFunctionTest {

  private static final String KEY = "sk-very-secret";

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  EndpointAutoConfiguration.class,
                  EnvironmentEndpointAutoConfiguration.class,
                  ConfigurationPropertiesReportEndpointAutoConfiguration.class,
                  SegmentsAutoConfiguration.class))
          .withInitializer(
              context ->
                  context
                      .getEnvironment()
                      .getPropertySources()
                      .addFirst(
                          new SystemEnvironmentPropertySource(
                              "test-environment",
                              Map.of("SEGMENTS_API_KEY", KEY, "SEGMENTS_WEBHOOK_SECRET", "whsec"))))
          .withPropertyValues(
              "segments.verify-on-startup=false",
              "segments.webhook.secret=whsec",
              "management.endpoints.web.exposure.include=env,configprops",
              "management.endpoint.env.show-values=ALWAYS",
              "management.endpoint.configprops.show-values=ALWAYS");

  @Test
  void theEnvEndpointMasksTheKeyInEverySpelling() {
    this.runner.run(
        context -> {
          EnvironmentEndpoint endpoint = context.getBean(EnvironmentEndpoint.class);

          assertThat(value(endpoint, "SEGMENTS_API_KEY"))
              .isEqualTo(SanitizableData.SANITIZED_VALUE);
          assertThat(value(endpoint, "SEGMENTS_WEBHOOK_SECRET"))
              .isEqualTo(SanitizableData.SANITIZED_VALUE);
          assertThat(value(endpoint, "segments.webhook.secret"))
              .isEqualTo(SanitizableData.SANITIZED_VALUE);
          assertThat(endpoint.environmentEntry("segments.api-key").getProperty().getValue())
              .isEqualTo(SanitizableData.SANITIZED_VALUE);
          assertThat(
                  endpoint
                      .environmentEntry("management.endpoint.env.show-values")
                      .getProperty()
                      .getValue())
              .isEqualTo("ALWAYS");
        });
  }

  @Test
  void theConfigpropsEndpointMasksTheKey() {
    this.runner.run(
        context -> {
          Map<String, Object> properties =
              context
                  .getBean(ConfigurationPropertiesReportEndpoint.class)
                  .configurationProperties()
                  .getContexts()
                  .values()
                  .iterator()
                  .next()
                  .getBeans()
                  .values()
                  .stream()
                  .filter(bean -> bean.getPrefix().equals("segments"))
                  .findFirst()
                  .orElseThrow()
                  .getProperties();

          assertThat(properties)
              .containsEntry("apiKey", SanitizableData.SANITIZED_VALUE)
              .containsEntry("apiUrl", "https://api.segments.ai/");
        });
  }

  @Test
  void isOnlyRegisteredWithActuator() {
    this.runner
        .withClassLoader(new FilteredClassLoader(SanitizingFunction.class))
        .run(context -> assertThat(context).doesNotHaveBean(SegmentsSanitizingFunction.class));
  }

  @Test
  void matchesOnlyTheSecrets() {
    assertThat(SegmentsSanitizingFunction.isSecret("segments.api-key")).isTrue();
    assertThat(SegmentsSanitizingFunction.isSecret("segments.apiKey")).isTrue();
    assertThat(SegmentsSanitizingFunction.isSecret("SEGMENTS_API_KEY")).isTrue();
    assertThat(SegmentsSanitizingFunction.isSecret("segments.webhook.secret")).isTrue();
    assertThat(SegmentsSanitizingFunction.isSecret("segments.api-url")).isFalse();
    assertThat(SegmentsSanitizingFunction.isSecret("other.api-key")).isFalse();
  }

  private static Object value(EnvironmentEndpoint endpoint, String name) {
    return endpoint.environment(null).getPropertySources().stream()
        .map(source -> source.getProperties().get(name))
        .filter(Objects::nonNull)
        .findFirst()
        .orElseThrow()
        .getValue();
  }
}
