package ai.segments.test.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.SegmentsClient;
import ai.segments.client.exception.NetworkException;
import ai.segments.emulator.Seed;
import ai.segments.emulator.SegmentsEmulator;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * The whole application with the emulator instead of the API, on the team seed file, reset after
 * each test: the tests run in order, the second checking that the first left nothing behind.
 */
@SpringBootTest(
    properties = {
      "segments.api-key=production-key",
      "segments.emulator.port=1",
      "segments.retry.enabled=false"
    })
@AutoConfigureSegmentsEmulator(
    seed = Seed.NONE,
    seedFiles = "classpath:seeds/team.json",
    reset = EmulatorReset.AFTER_EACH_TEST)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AutoConfigureSegmentsEmulatorTest {

  @Autowired ApplicationContext context;
  @Autowired SegmentsEmulator emulator;
  @Autowired SegmentsClient client;
  @Autowired DatasetCatalog catalog;

  @Test
  @Order(1)
  void pointsTheWholeApplicationAtTheSeededEmulatorAndLetsTheTestBreakIt() {
    assertThat(context.getBeanNamesForType(ReportMailer.class)).hasSize(1);
    assertThat(client.baseUrl()).hasToString(emulator.baseUrl());
    assertThat(emulator.port()).as("the annotation's free port wins").isNotEqualTo(1);
    assertThat(client.getDataset("jane/public-garden").name()).isEqualTo("public-garden");

    client.addDataset("scratch");
    assertThat(catalog.datasetNames()).containsExactly("demo/scratch");
    emulator.faults().forOperation("getDatasets").status(503);

    Assertions.assertThatThrownBy(catalog::datasetNames).isInstanceOf(NetworkException.class);
  }

  @Test
  @Order(2)
  void theNextTestFindsTheSeedDataAgainWithoutFaultsOrRecordedRequests() {
    assertThat(emulator.requestLog().size()).isZero();

    assertThat(catalog.datasetNames()).isEmpty();
  }
}
