package ai.segments.test.autoconfigure;

import ai.segments.emulator.Seed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

/**
 * Turns the attributes of a test's {@link AutoConfigureSegmentsEmulator} (on the class, a
 * superclass or a meta-annotation such as {@link SegmentsClientTest}; the nearest wins) into the
 * {@code segments.emulator.*} properties of its context, which win over the application's.
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
    MergedAnnotation<AutoConfigureSegmentsEmulator> annotation =
        MergedAnnotations.from(testClass, SearchStrategy.TYPE_HIERARCHY)
            .get(AutoConfigureSegmentsEmulator.class);
    return annotation.isPresent()
        ? new TestPropertiesContextCustomizer(properties(annotation))
        : null;
  }

  private static Map<String, Object> properties(
      MergedAnnotation<AutoConfigureSegmentsEmulator> annotation) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(PREFIX + "enabled", annotation.getBoolean("enabled"));
    properties.put(PREFIX + "port", annotation.getInt("port"));
    properties.put(PREFIX + "seed", kebabCase(annotation.getEnum("seed", Seed.class)));
    String[] seedFiles = annotation.getStringArray("seedFiles");
    for (int i = 0; i < seedFiles.length; i++) {
      properties.put(PREFIX + "seed-files[" + i + "]", seedFiles[i]);
    }
    properties.put(PREFIX + "reset", kebabCase(annotation.getEnum("reset", EmulatorReset.class)));
    return properties;
  }

  private static String kebabCase(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
