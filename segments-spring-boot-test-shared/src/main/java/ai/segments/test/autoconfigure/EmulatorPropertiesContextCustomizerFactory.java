package ai.segments.test.autoconfigure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Turns the attributes of a test's {@link AutoConfigureSegmentsEmulator} (on the class, a
 * superclass, an enclosing class of a {@code @Nested} test or a meta-annotation such as {@link
 * SegmentsClientTest}; the nearest wins) into the {@code segments.emulator.*} properties of its
 * context, which win over the application's.
 *
 * <p>This is what Boot's {@code @PropertyMapping} does for its own annotations; the shared sources
 * cannot use it because Boot 4 moved it to another package (and Boot reads it only where it is
 * directly present). Registered in {@code META-INF/spring.factories}.
 */
class EmulatorPropertiesContextCustomizerFactory implements ContextCustomizerFactory {

  private static final String PREFIX = "segments.emulator.";

  @Override
  public ContextCustomizer createContextCustomizer(
      Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
    AutoConfigureSegmentsEmulator annotation =
        TestContextAnnotationUtils.findMergedAnnotation(
            testClass, AutoConfigureSegmentsEmulator.class);
    return annotation == null ? null : new TestPropertiesContextCustomizer(properties(annotation));
  }

  private static Map<String, Object> properties(AutoConfigureSegmentsEmulator annotation) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(PREFIX + "enabled", annotation.enabled());
    properties.put(PREFIX + "port", annotation.port());
    properties.put(PREFIX + "seed", kebabCase(annotation.seed()));
    String[] seedFiles = annotation.seedFiles();
    for (int i = 0; i < seedFiles.length; i++) {
      properties.put(PREFIX + "seed-files[" + i + "]", seedFiles[i]);
    }
    properties.put(PREFIX + "reset", kebabCase(annotation.reset()));
    return properties;
  }

  private static String kebabCase(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
