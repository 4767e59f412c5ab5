package ai.segments.test.autoconfigure;

import java.util.List;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.TestContextAnnotationUtils;

/**
 * Limits the component scan of a {@link SegmentsClientTest} with its {@link
 * SegmentsClientTypeExcludeFilter}, registered as a bean that the application's {@code
 * TypeExcludeFilter} consults, as Boot's {@code @TypeExcludeFilters} does for its slices (which
 * Boot 4 moved to another package). Registered in {@code META-INF/spring.factories}.
 */
class SegmentsClientTestFilterContextCustomizerFactory implements ContextCustomizerFactory {

  @Override
  public ContextCustomizer createContextCustomizer(
      Class<?> testClass, List<ContextConfigurationAttributes> configAttributes) {
    SegmentsClientTest slice =
        TestContextAnnotationUtils.findMergedAnnotation(testClass, SegmentsClientTest.class);
    return slice != null
        ? new TypeExcludeFilterContextCustomizer(new SegmentsClientTypeExcludeFilter(slice))
        : null;
  }
}
