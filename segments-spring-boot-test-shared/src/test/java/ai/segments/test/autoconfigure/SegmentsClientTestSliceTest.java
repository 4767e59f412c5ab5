package ai.segments.test.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.autoconfigure.SegmentsClientCustomizer;
import ai.segments.client.SegmentsClient;
import ai.segments.emulator.SegmentsEmulator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.client.RestClient;

@SegmentsClientTest(components = DatasetCatalog.class, properties = "segments.retry.enabled=false")
class SegmentsClientTestSliceTest {

  @Autowired ApplicationContext context;
  @Autowired SegmentsEmulator emulator;
  @Autowired SegmentsClient client;
  @Autowired DatasetCatalog catalog;

  @Test
  void holdsTheSegmentsBeansTheComponentsUnderTestAndTheClientCustomizersOnly() {
    assertThat(context.getBeansOfType(SegmentsClientCustomizer.class).values())
        .hasAtLeastOneElementOfType(CatalogClientCustomizer.class);
    assertThat(context.getBeanNamesForType(ReportMailer.class)).isEmpty();
    assertThat(context.getBeanNamesForType(RestClient.Builder.class)).hasSize(1);
    assertThat(context.getBeanNamesForType(com.fasterxml.jackson.databind.ObjectMapper.class))
        .isEmpty();
  }

  @Test
  void theServiceTalksToTheEmulatorWithTheDemoUsersKey() {
    assertThat(client.baseUrl()).hasToString(emulator.baseUrl());
    int before = emulator.requestLog().count("getDatasets");

    assertThat(catalog.datasetNames()).contains("demo/flowers");

    assertThat(emulator.requestLog().count("getDatasets")).isEqualTo(before + 1);
    assertThat(emulator.requestLog().last().header("Authorization"))
        .isEqualTo("APIKey " + SegmentsEmulator.DEMO_API_KEY);
  }

  @Test
  void takesThePropertiesOfTheAnnotation() {
    assertThat(context.getEnvironment().getProperty("segments.retry.enabled")).isEqualTo("false");
    assertThat(context.getEnvironment().getProperty("segments.emulator.enabled")).isEqualTo("true");
  }

  @Nested
  class NestedTests {

    @Autowired ApplicationContext nestedContext;

    @Test
    void getTheSliceOfTheEnclosingClass() {
      assertThat(nestedContext.getBeanNamesForType(DatasetCatalog.class)).hasSize(1);
      assertThat(nestedContext.getBeanNamesForType(ReportMailer.class)).isEmpty();
    }
  }
}
