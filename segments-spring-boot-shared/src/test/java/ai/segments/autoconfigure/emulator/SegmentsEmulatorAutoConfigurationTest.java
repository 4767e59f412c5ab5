package ai.segments.autoconfigure.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.autoconfigure.SegmentsAutoConfiguration;
import ai.segments.autoconfigure.SegmentsConfigurationException;
import ai.segments.autoconfigure.SegmentsConnectionDetails;
import ai.segments.client.SegmentsClient;
import ai.segments.client.model.Dataset;
import ai.segments.emulator.SegmentsEmulator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class SegmentsEmulatorAutoConfigurationTest {

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  SegmentsAutoConfiguration.class, SegmentsEmulatorAutoConfiguration.class));

  @Test
  void pointsTheAutoConfiguredClientAtTheStartedEmulator() {
    this.runner
        .withPropertyValues("segments.emulator.enabled=true")
        .run(
            context -> {
              SegmentsEmulator emulator = context.getBean(SegmentsEmulator.class);
              SegmentsConnectionDetails details = context.getBean(SegmentsConnectionDetails.class);
              assertThat(details.apiUrl()).isEqualTo(emulator.baseUrl());
              assertThat(details.apiKey()).isEqualTo(SegmentsEmulator.DEMO_API_KEY);
              SegmentsClient client = context.getBean(SegmentsClient.class);
              assertThat(client.baseUrl()).hasToString(emulator.baseUrl());
              assertThat(client.getDatasets())
                  .extracting(Dataset::fullName)
                  .contains("demo/flowers");
            });
  }

  @Test
  void winsOverTheApiUrlAndKeyProperties() {
    this.runner
        .withPropertyValues(
            "segments.emulator.enabled=true",
            "segments.emulator.seed=none",
            "segments.api-url=https://api.example.com/",
            "segments.api-key=real-key")
        .run(
            context -> {
              SegmentsClient client = context.getBean(SegmentsClient.class);
              assertThat(client.baseUrl())
                  .hasToString(context.getBean(SegmentsEmulator.class).baseUrl());
              assertThat(client.getDatasets()).isEmpty();
            });
  }

  @Test
  void isAbsentUnlessEnabled() {
    this.runner
        .withPropertyValues("segments.api-key=real-key", "segments.verify-on-startup=false")
        .run(
            context -> {
              assertThat(context).doesNotHaveBean(SegmentsEmulator.class);
              assertThat(context.getBean(SegmentsClient.class).baseUrl())
                  .hasToString("https://api.segments.ai/");
            });
    this.runner
        .withPropertyValues(
            "segments.emulator.enabled=false",
            "segments.api-key=real-key",
            "segments.verify-on-startup=false")
        .run(
            context ->
                assertThat(context)
                    .doesNotHaveBean(SegmentsEmulator.class)
                    .doesNotHaveBean(EmulatorConnectionDetails.class));
  }

  @Test
  void usesTheConfiguredPortAndStopsWithTheContext() {
    int[] port = new int[1];
    this.runner
        .withPropertyValues("segments.emulator.enabled=true", "segments.emulator.seed=none")
        .run(context -> port[0] = context.getBean(SegmentsEmulator.class).port());
    this.runner
        .withPropertyValues("segments.emulator.enabled=true", "segments.emulator.port=" + port[0])
        .run(
            context -> {
              assertThat(context).hasNotFailed();
              assertThat(context.getBean(SegmentsEmulator.class).port()).isEqualTo(port[0]);
            });
  }

  @Test
  void loadsTheSeedFilesAfterTheSeed() {
    this.runner
        .withPropertyValues(
            "segments.emulator.enabled=true",
            "segments.emulator.seed=none",
            "segments.emulator.seed-files=classpath:seeds/team.json")
        .run(
            context ->
                assertThat(context.getBean(SegmentsClient.class).getDataset("jane/public-garden"))
                    .extracting(Dataset::fullName)
                    .isEqualTo("jane/public-garden"));
  }

  @Test
  void aMissingSeedFileFailsTheStartNamingTheProperty() {
    this.runner
        .withPropertyValues(
            "segments.emulator.enabled=true", "segments.emulator.seed-files=classpath:nowhere.json")
        .run(
            context ->
                assertThat(context.getStartupFailure())
                    .rootCause()
                    .isInstanceOfSatisfying(
                        SegmentsConfigurationException.class,
                        ex -> assertThat(ex.property()).isEqualTo("segments.emulator.seed-files")));
  }
}
