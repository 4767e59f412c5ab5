package ai.segments.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

/**
 * The generated metadata describes the starter's properties, each with its description and
 * documented default (the defaults themselves are checked against the properties classes by {@link
 * ConfigurationMetadataDefaultsTest}).
 */
class ConfigurationMetadataTest {

  static Map<String, JsonNode> properties() throws IOException {
    try (InputStream in =
        new ClassPathResource("META-INF/spring-configuration-metadata.json").getInputStream()) {
      Map<String, JsonNode> byName = new HashMap<>();
      new ObjectMapper()
          .readTree(in)
          .get("properties")
          .forEach(property -> byName.put(property.get("name").asText(), property));
      return byName;
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      nullValues = "NONE",
      value = {
        "segments.api-key, NONE",
        "segments.api-url, https://api.segments.ai/",
        "segments.connect-timeout, 10s",
        "segments.read-timeout, 60s",
        "segments.strict-validation, true",
        "segments.max-response-size, 64MB",
        "segments.max-json-nesting-depth, 200",
        "segments.verify-on-startup, true",
        "segments.normalize-attributes, false",
        "segments.compression.enabled, true",
        "segments.retry.enabled, true",
        "segments.retry.max-attempts, 4",
        "segments.retry.initial-interval, 1s",
        "segments.retry.multiplier, 2.0",
        "segments.retry.max-interval, 30s",
        "segments.retry.budget.enabled, true",
        "segments.retry.budget.ratio, 0.2",
        "segments.retry.budget.capacity, 10",
        "segments.rate-limit.mode, adaptive",
        "segments.rate-limit.rate, NONE",
        "segments.rate-limit.minimum-rate, 0.5",
        "segments.circuit-breaker.enabled, true",
        "segments.circuit-breaker.failure-threshold, 5",
        "segments.circuit-breaker.cool-down, 2s",
        "segments.circuit-breaker.probes, 3",
        "segments.web.exception-handler.enabled, true",
        "management.health.segments.enabled, true",
        "segments.emulator.enabled, false",
        "segments.webhook.enabled, false",
        "segments.webhook.path, /segments/webhooks",
        "segments.webhook.secret, NONE",
        "segments.webhook.tolerance, 5m",
        "segments.webhook.max-body-size, 1MB",
        "segments.webhook.replay-cache-size, 10000",
        "segments.export.max-pixels, 16777216",
        "segments.export.concurrency, 32"
      })
  void describesThePropertyWithItsDefault(String name, String defaultValue) throws IOException {
    JsonNode property = properties().get(name);

    assertThat(property).as(name).isNotNull();
    assertThat(property.path("description").asText()).as(name + " description").isNotBlank();
    if (defaultValue == null) {
      assertThat(property.has("defaultValue")).isFalse();
    } else if (property.get("defaultValue").isNumber()) {
      assertThat(property.get("defaultValue").decimalValue())
          .isEqualByComparingTo(new BigDecimal(defaultValue));
    } else {
      assertThat(property.get("defaultValue").asText()).isEqualTo(defaultValue);
    }
  }

  @Test
  void hasHintsForEnumLikeValues() throws IOException {
    try (InputStream in =
        new ClassPathResource("META-INF/spring-configuration-metadata.json").getInputStream()) {
      List<String> hinted = new ObjectMapper().readTree(in).get("hints").findValuesAsText("name");
      assertThat(hinted).contains("segments.api-url", "segments.retry.max-attempts");
    }
  }

  @Test
  void listsTheAutoConfigurations() throws IOException {
    String imports =
        new ClassPathResource(
                "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")
            .getContentAsString(StandardCharsets.UTF_8);

    assertThat(imports.lines())
        .containsExactly(
            "ai.segments.autoconfigure.SegmentsAutoConfiguration",
            "ai.segments.autoconfigure.health.SegmentsHealthContributorAutoConfiguration",
            "ai.segments.autoconfigure.web.SegmentsWebAutoConfiguration",
            "ai.segments.autoconfigure.webhook.SegmentsWebhookAutoConfiguration",
            "ai.segments.autoconfigure.release.SegmentsReleaseAutoConfiguration",
            "ai.segments.autoconfigure.emulator.SegmentsEmulatorAutoConfiguration",
            "ai.segments.autoconfigure.emulator.webhook.EmulatorWebhookAutoConfiguration");
  }
}
