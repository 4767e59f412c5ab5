package ai.segments.test.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.SegmentsClient;
import ai.segments.emulator.Seed;
import ai.segments.emulator.SegmentsEmulator;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Without a reset, the tests of a context share one emulator and its state: the tests run in order,
 * the second finding what the first left.
 */
@SegmentsClientTest
@AutoConfigureSegmentsEmulator(seed = Seed.NONE)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SegmentsClientTestWithoutResetTest {

  private static int firstPort;

  @Autowired SegmentsEmulator emulator;
  @Autowired SegmentsClient client;

  @Test
  @Order(1)
  void startsWithTheAnnotationsSeed() {
    firstPort = emulator.port();
    assertThat(client.getDatasets()).isEmpty();

    client.addDataset("kept");
  }

  @Test
  @Order(2)
  void theNextTestFindsTheSameEmulatorWithItsDataAndLog() {
    assertThat(emulator.port()).isEqualTo(firstPort);
    assertThat(emulator.requestLog().count("addDataset")).isEqualTo(1);
    assertThat(client.getDataset("demo/kept").name()).isEqualTo("kept");
  }
}
