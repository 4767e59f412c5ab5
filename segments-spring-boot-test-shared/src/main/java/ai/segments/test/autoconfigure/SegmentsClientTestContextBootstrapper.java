package ai.segments.test.autoconfigure;

import org.springframework.boot.test.context.SpringBootTestContextBootstrapper;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.test.context.TestContextBootstrapper;

/**
 * The {@link TestContextBootstrapper} of {@link SegmentsClientTest}: adds its {@link
 * SegmentsClientTest#properties()} to the test's environment.
 */
class SegmentsClientTestContextBootstrapper extends SpringBootTestContextBootstrapper {

  @Override
  protected String[] getProperties(Class<?> testClass) {
    return MergedAnnotations.from(testClass, SearchStrategy.INHERITED_ANNOTATIONS)
        .get(SegmentsClientTest.class)
        .getValue("properties", String[].class)
        .orElse(null);
  }
}
