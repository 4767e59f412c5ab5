package ai.segments.test.autoconfigure;

import java.util.List;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;

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
    boolean slice =
        MergedAnnotations.from(testClass, SearchStrategy.TYPE_HIERARCHY)
            .isPresent(SegmentsClientTest.class);
    return slice
        ? new TypeExcludeFilterContextCustomizer(new SegmentsClientTypeExcludeFilter(testClass))
        : null;
  }
}
