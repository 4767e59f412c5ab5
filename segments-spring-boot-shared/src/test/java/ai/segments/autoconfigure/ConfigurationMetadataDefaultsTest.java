package ai.segments.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.SegmentsClient;
import ai.segments.spring.resilience.CircuitBreakerSettings;
import ai.segments.spring.resilience.RateLimitSettings;
import ai.segments.spring.resilience.RetryBudget;
import ai.segments.spring.retry.SegmentsRetrySettings;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.BeanWrapper;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.util.unit.DataSize;

/**
 * The defaults the metadata documents are the values a property has when it is not set. The
 * properties classes take their defaults from the plain client's and segments-spring's constants,
 * which the configuration processor cannot read, so {@code
 * additional-spring-configuration-metadata.json} repeats them for the metadata; this test keeps the
 * two equal.
 */
class ConfigurationMetadataDefaultsTest {

  static Stream<String> starterProperties() throws IOException {
    return ConfigurationMetadataTest.properties().values().stream()
        .filter(property -> property.path("sourceType").asText().startsWith("ai.segments."))
        .map(property -> property.get("name").asText())
        .sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("starterProperties")
  void documentsTheValueOfAnUnsetProperty(String name) throws Exception {
    JsonNode property = ConfigurationMetadataTest.properties().get(name);
    Class<?> root = outermost(Class.forName(property.get("sourceType").asText()));
    String prefix = prefix(root);
    BeanWrapper unset = new BeanWrapperImpl(root.getDeclaredConstructor().newInstance());
    String path = camelCase(name.substring(prefix.length() + 1));
    Object value = unset.getPropertyValue(path);

    if (property.has("defaultValue")) {
      Object documented =
          ApplicationConversionService.getSharedInstance()
              .convert(property.get("defaultValue").asText(), unset.getPropertyType(path));
      assertThat(documented).as(name).isEqualTo(value);
    } else {
      assertThat(value == null || (value instanceof Collection<?> values && values.isEmpty()))
          .as(name + " has a default (" + value + ") the metadata does not document")
          .isTrue();
    }
  }

  @Test
  void theDefaultsAreTheConstantsOfTheClientAndTheRetryEngine() throws IOException {
    Map<String, JsonNode> properties = ConfigurationMetadataTest.properties();

    assertThat(text(properties, "segments.api-url"))
        .isEqualTo(SegmentsClient.Builder.DEFAULT_API_URL);
    assertThat(properties.get("segments.max-json-nesting-depth").get("defaultValue").asInt())
        .isEqualTo(SegmentsClient.Builder.DEFAULT_MAX_JSON_NESTING_DEPTH);
    assertThat(DataSize.parse(text(properties, "segments.max-response-size")))
        .isEqualTo(SegmentsClient.Builder.DEFAULT_MAX_RESPONSE_SIZE);
    assertThat(properties.get("segments.retry.max-attempts").get("defaultValue").asInt())
        .isEqualTo(SegmentsRetrySettings.DEFAULTS.maxAttempts());
    assertThat(properties.get("segments.rate-limit.minimum-rate").get("defaultValue").asDouble())
        .isEqualTo(RateLimitSettings.DEFAULT_MINIMUM_RATE);
    assertThat(properties.get("segments.retry.budget.capacity").get("defaultValue").asInt())
        .isEqualTo(RetryBudget.DEFAULT_CAPACITY);
    assertThat(properties.get("segments.circuit-breaker.probes").get("defaultValue").asInt())
        .isEqualTo(CircuitBreakerSettings.DEFAULTS.probes());
  }

  private static String text(Map<String, JsonNode> properties, String name) {
    return properties.get(name).get("defaultValue").asText();
  }

  private static Class<?> outermost(Class<?> type) {
    Class<?> outer = type;
    while (outer.getEnclosingClass() != null) {
      outer = outer.getEnclosingClass();
    }
    return outer;
  }

  private static String prefix(Class<?> root) {
    ConfigurationProperties annotation = root.getAnnotation(ConfigurationProperties.class);
    return annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
  }

  private static String camelCase(String kebab) {
    StringBuilder camel = new StringBuilder();
    boolean upper = false;
    for (char c : kebab.toCharArray()) {
      if (c == '-') {
        upper = true;
      } else {
        camel.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return camel.toString();
  }
}
