package ai.segments.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.ClassUtils;

/**
 * What this line's {@link BootLine} names exists on this line's Boot, and is checked at startup.
 */
class BootLineTest {

  @Test
  void everyNamedBootClassExistsOnThisLine() {
    List<String> names =
        Arrays.stream(BootLine.class.getFields())
            .filter(field -> Modifier.isStatic(field.getModifiers()))
            .filter(
                field ->
                    field.getName().endsWith("_CONFIGURATION")
                        || field.getName().equals("HEALTH_INDICATOR"))
            .map(BootLineTest::value)
            .toList();

    assertThat(names).hasSizeGreaterThanOrEqualTo(6);
    assertThat(names)
        .allSatisfy(
            name ->
                assertThat(ClassUtils.isPresent(name, BootLineTest.class.getClassLoader()))
                    .as(name)
                    .isTrue());
  }

  @Test
  void thisLineSupportsTheBootItIsBuiltWith() {
    assertThat(SpringBootVersion.getVersion()).startsWith(BootLine.VERSIONS);
  }

  @Test
  void theOtherLinesBootFailsStartupNamingTheRightStarter() {
    String otherVersion = BootLine.VERSIONS.equals("4.") ? "3.5.7" : "4.1.2";
    SegmentsConfigurationException failure =
        SegmentsConfigurationException.unsupportedBootVersion(
            otherVersion, BootLine.VERSIONS_NAME, BootLine.STARTER, BootLine.OTHER_STARTER);

    assertThat(failure.getMessage())
        .contains("ai.segments:" + BootLine.STARTER, "Spring Boot " + otherVersion);
    assertThat(failure.action()).contains("ai.segments:" + BootLine.OTHER_STARTER);
  }

  @Test
  void theVersionCheckRunsBeforeAnyBean() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(SegmentsAutoConfiguration.class))
        .withPropertyValues("segments.api-key=k", "segments.verify-on-startup=false")
        .run(context -> assertThat(context).hasNotFailed());
    assertThatThrownBy(
            () ->
                new OnSupportedBootVersionCondition()
                    .check(BootLine.VERSIONS.equals("4.") ? "3.5.7" : "4.1.2"))
        .isInstanceOf(SegmentsConfigurationException.class)
        .hasMessageContaining(BootLine.STARTER);
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
