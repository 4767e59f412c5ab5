package ai.segments.autoconfigure.emulator.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.emulator.SegmentsEmulator;
import ai.segments.emulator.webhook.WebhookTarget;
import java.net.URI;
import org.junit.jupiter.api.Test;

class EmulatorWebhookRegistrarTest {

  @Test
  void pointsTheEmulatorAtTheApplicationsPortOnce() {
    try (SegmentsEmulator emulator = SegmentsEmulator.builder().build().start()) {
      String secret = WebhookTarget.randomSecret();
      EmulatorWebhookRegistrar registrar =
          new EmulatorWebhookRegistrar(emulator, "/hooks", secret, () -> 8123);

      registrar.start();

      assertThat(registrar.isRunning()).isTrue();
      assertThat(registrar.register(8123)).isNull();
      assertThat(emulator.webhooks().targets())
          .extracting(WebhookTarget::url)
          .containsExactly(URI.create("http://127.0.0.1:8123/hooks"));
    }
  }

  @Test
  void registersNothingWithoutAWebServer() {
    try (SegmentsEmulator emulator = SegmentsEmulator.builder().build().start()) {
      EmulatorWebhookRegistrar registrar =
          new EmulatorWebhookRegistrar(
              emulator, "/hooks", WebhookTarget.randomSecret(), () -> null);

      registrar.start();

      assertThat(registrar.isRunning()).isFalse();
      assertThat(emulator.webhooks().targets()).isEmpty();
    }
  }
}
