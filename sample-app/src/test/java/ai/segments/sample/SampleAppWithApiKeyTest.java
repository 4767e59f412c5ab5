package ai.segments.sample;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.SegmentsClient;
import ai.segments.emulator.SegmentsEmulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.ApplicationContext;

/**
 * With an API key the app talks to {@code segments.api-url} and starts no emulator (the startup
 * handshake is off: nothing leaves loopback in a test).
 */
@SpringBootTest(
    webEnvironment = WebEnvironment.NONE,
    properties = {
      "segments.api-key=a-real-key",
      "segments.api-url=https://api.example.com/",
      "segments.verify-on-startup=false",
      "segments.webhook.secret=" + SampleAppWithApiKeyTest.OWN_SECRET
    })
class SampleAppWithApiKeyTest {

  /** A signing secret other than the demo one, as a real deployment has. */
  static final String OWN_SECRET = "whsec_dGhpcy1pcy1ub3QtdGhlLWRlbW8tc2VjcmV0";

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
