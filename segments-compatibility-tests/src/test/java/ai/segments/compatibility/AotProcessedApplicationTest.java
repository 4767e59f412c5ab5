package ai.segments.compatibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.aot.AotDetector;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Runs with {@code -Dspring.aot.enabled=true} after the build's {@code process-aot}: the
 * application starts from its generated initializer (which {@link FreshApplicationTest} then
 * checks), and the GraalVM metadata that Spring's AOT processing wrote holds the starter's runtime
 * hints, found through {@code META-INF/spring/aot.factories} on this Boot line.
 */
@EnabledIfSystemProperty(named = "spring.aot.enabled", matches = "true")
class AotProcessedApplicationTest {

  @Test
  void theApplicationRunsFromItsGeneratedInitializer() throws ClassNotFoundException {
    assertThat(AotDetector.useGeneratedArtifacts()).isTrue();
    assertThat(
            Class.forName(
                CompatibilityApplication.class.getName() + "__ApplicationContextInitializer"))
        .isNotNull();
  }

  @Test
  void theNativeImageMetadataHoldsTheClientsHints() throws IOException {
    String metadata = nativeImageMetadata();

    assertThat(metadata)
        .contains(
            "ai.segments.client.model.Dataset",
            "ai.segments.client.model.ImageVectorLabelAttributes",
            "ai.segments.client.model.PointcloudSequenceCuboidFrame",
            "ai.segments.client.model.TaskType",
            "ai.segments.client.request.AddDatasetRequest",
            "segments-library",
            // Spring's own AOT processing: the starter's spring.factories entry and properties.
            "ai.segments.autoconfigure.SegmentsConfigurationFailureAnalyzer",
            "ai.segments.autoconfigure.SegmentsProperties");
  }

  /** The JSON files Spring's AOT processing wrote for this application, concatenated. */
  private static String nativeImageMetadata() throws IOException {
    StringBuilder all = new StringBuilder();
    for (Resource file :
        new PathMatchingResourcePatternResolver()
            .getResources("classpath*:META-INF/native-image/ai.segments/*/*.json")) {
      try (InputStream in = file.getInputStream()) {
        all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return all.toString();
  }
}
