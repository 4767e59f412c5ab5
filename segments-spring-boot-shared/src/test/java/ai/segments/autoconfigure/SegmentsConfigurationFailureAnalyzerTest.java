package ai.segments.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.io.support.SpringFactoriesLoader;

/** Startup fails with a clear analysis when the key is missing or a property is invalid. */
class SegmentsConfigurationFailureAnalyzerTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(SegmentsAutoConfiguration.class));

  private FailureAnalysis analyze(String... properties) {
    FailureAnalysis[] analysis = new FailureAnalysis[1];
    this.runner
        .withPropertyValues(properties)
        .run(
            context -> {
              assertThat(context).hasFailed();
              analysis[0] =
                  new SegmentsConfigurationFailureAnalyzer().analyze(context.getStartupFailure());
            });
    assertThat(analysis[0]).as("analysis").isNotNull();
    return analysis[0];
  }

  @Test
  void aMissingKeySaysWhatToSet() {
    FailureAnalysis analysis = analyze();

    assertThat(analysis.getDescription()).contains("No Segments API key is configured");
    assertThat(analysis.getAction())
        .contains("'segments.api-key'")
        .contains("SEGMENTS_API_KEY")
        .contains("segments.emulator.enabled=true");
  }

  @Test
  void aBlankKeyIsMissing() {
    assertThat(analyze("segments.api-key=  ").getAction()).contains("'segments.api-key'");
  }

  static Stream<Arguments> invalidValues() {
    return Stream.of(
        Arguments.of("segments.api-url=not a url", "segments.api-url"),
        Arguments.of("segments.api-url=ftp://api.segments.ai/", "segments.api-url"),
        Arguments.of("segments.api-url=https://user:pw@api.segments.ai/", "segments.api-url"),
        Arguments.of("segments.api-url=https://api.segments.ai/?a=b", "segments.api-url"),
        Arguments.of("segments.api-url=/relative", "segments.api-url"),
        Arguments.of("segments.connect-timeout=0s", "segments.connect-timeout"),
        Arguments.of("segments.read-timeout=-1s", "segments.read-timeout"),
        Arguments.of("segments.read-timeout=0s", "segments.read-timeout"),
        Arguments.of("segments.api-url=https://", "segments.api-url"),
        Arguments.of("segments.api-url=http://exa mple.com/", "segments.api-url"),
        Arguments.of("segments.max-response-size=0B", "segments.max-response-size"),
        Arguments.of("segments.max-response-size=3GB", "segments.max-response-size"),
        Arguments.of("segments.max-json-nesting-depth=0", "segments.max-json-nesting-depth"),
        Arguments.of("segments.retry.max-attempts=-1", "segments.retry.max-attempts"),
        Arguments.of("segments.retry.multiplier=0.99", "segments.retry.multiplier"),
        Arguments.of("segments.retry.max-attempts=0", "segments.retry.max-attempts"),
        Arguments.of("segments.retry.initial-interval=0ms", "segments.retry.initial-interval"),
        Arguments.of("segments.retry.max-interval=0ms", "segments.retry.max-interval"),
        Arguments.of("segments.retry.multiplier=0.5", "segments.retry.multiplier"),
        Arguments.of("segments.retry.max-interval=500ms", "segments.retry.max-interval"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidValues")
  void anInvalidValueNamesTheProperty(String property, String name) {
    FailureAnalysis analysis = analyze("segments.api-key=secret-key", property);

    assertThat(analysis.getDescription())
        .startsWith("Invalid Segments configuration: '" + name + "'")
        .doesNotContain("secret-key");
    assertThat(analysis.getAction()).contains(name);
  }

  @Test
  void isRegisteredWithSpringBoot() {
    List<FailureAnalyzer> analyzers =
        SpringFactoriesLoader.forDefaultResourceLocation()
            .load(
                FailureAnalyzer.class,
                SpringFactoriesLoader.FailureHandler.handleMessage((message, failure) -> {}));

    assertThat(analyzers).hasAtLeastOneElementOfType(SegmentsConfigurationFailureAnalyzer.class);
  }
}
