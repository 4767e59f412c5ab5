package ai.segments.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

/** The generated metadata describes every overload-protection property with its default. */
class ResilienceConfigurationMetadataTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      nullValues = "NONE",
      value = {
        "segments.rate-limit.mode, adaptive",
        "segments.rate-limit.rate, NONE",
        "segments.rate-limit.minimum-rate, 0.5",
        "segments.retry.budget.enabled, true",
        "segments.retry.budget.ratio, 0.2",
        "segments.retry.budget.capacity, 10",
        "segments.circuit-breaker.enabled, true",
        "segments.circuit-breaker.failure-threshold, 5",
        "segments.circuit-breaker.cool-down, 2s",
        "segments.circuit-breaker.probes, 3"
      })
  void describesThePropertyWithItsDefault(String name, String defaultValue) throws IOException {
    JsonNode property = property(name);

    assertThat(property).as(name).isNotNull();
    assertThat(property.path("description").asText()).as(name).isNotBlank();
    if (defaultValue == null) {
      assertThat(property.has("defaultValue")).isFalse();
    } else {
      assertThat(property.path("defaultValue").asText()).isEqualToIgnoringCase(defaultValue);
    }
  }

  private static JsonNode property(String name) throws IOException {
    try (InputStream in =
        new ClassPathResource("META-INF/spring-configuration-metadata.json").getInputStream()) {
      for (JsonNode property : new ObjectMapper().readTree(in).get("properties")) {
        if (property.get("name").asText().equals(name)) {
          return property;
        }
      }
      return null;
    }
  }
}
