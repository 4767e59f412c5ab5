package ai.segments.sample;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.SegmentsClient;
import ai.segments.emulator.SegmentsEmulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;

/** With an API key the app talks to {@code segments.api-url} and starts no emulator. */
@SpringBootTest(
    webEnvironment = WebEnvironment.NONE,
    properties = {"segments.api-key=a-real-key", "segments.api-url=https://api.example.com/"})
class SampleAppWithApiKeyTest {

  @Autowired private ApplicationContext context;

  @Autowired private SegmentsClient client;

  @Autowired private SegmentsStartupLog startupLog;

  @Test
  void talksToTheConfiguredApiWithoutAnEmulator() {
    assertThat(this.context.getBeanNamesForType(SegmentsEmulator.class)).isEmpty();
    assertThat(this.client.baseUrl()).hasToString("https://api.example.com/");
    assertThat(this.startupLog.message()).isEqualTo("Segments API: https://api.example.com/");
  }
}
