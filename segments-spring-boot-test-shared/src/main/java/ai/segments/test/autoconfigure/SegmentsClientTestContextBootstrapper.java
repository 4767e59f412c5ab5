package ai.segments.test.autoconfigure;

import org.springframework.boot.test.context.SpringBootTestContextBootstrapper;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.context.TestContextBootstrapper;

/**
 * The {@link TestContextBootstrapper} of {@link SegmentsClientTest}: adds its {@link
 * SegmentsClientTest#properties()} to the test's environment.
 */
class SegmentsClientTestContextBootstrapper extends SpringBootTestContextBootstrapper {

  @Override
  protected String[] getProperties(Class<?> testClass) {
    SegmentsClientTest slice =
        TestContextAnnotationUtils.findMergedAnnotation(testClass, SegmentsClientTest.class);
    return slice == null ? null : slice.properties();
  }
}
