package ai.segments.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import ai.segments.emulator.webhook.WebhookDelivery;
import ai.segments.emulator.webhook.WebhookSigner;
import ai.segments.emulator.webhook.WebhookTarget;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Signed webhook notifications sent to a receiver of the test on every API state change. */
class WebhookNotificationTest {

  private static final String SECRET = WebhookTarget.randomSecret();
  private static final String SAMPLES = "/datasets/jane/flowers/samples/";

  private WebhookReceiver receiver;
  private SegmentsEmulator emulator;
  private ApiClient jane;

  @BeforeEach
  void start() throws IOException {
    receiver = new WebhookReceiver();
    emulator =
        TeamSeed.builder()
            .releaseDelay(Duration.ofMillis(50))
            .webhook(receiver.url(), SECRET)
            .build()
            .start();
    jane = new ApiClient(emulator).as("jane-key");
  }

  @AfterEach
  void stop() {
    emulator.stop();
    receiver.close();
  }

  /** Adds a sample to jane/flowers; returns its uuid. */
  private String newSample(String name) {
    JsonNode sample = jane.post(SAMPLES, AccountAndAccessTest.sample(name)).expect(201).json();
    return sample.path("uuid").asText();
  }

  @Test
  void signsLikeTheTestVector() throws IOException {
    JsonNode vector = ApiClient.example("webhook-signature-test-vector.json");
    String id = vector.at("/headers/svix-id").asText();
    long timestamp = vector.at("/headers/svix-timestamp").asLong();
    byte[] body = vector.get("raw_body").asText().getBytes(StandardCharsets.UTF_8);
    assertThat(WebhookSigner.sign(vector.get("secret").asText(), id, timestamp, body))
        .isEqualTo(vector.get("expected_signature_for_secret").asText());
    assertThat(WebhookSigner.sign(vector.get("previous_secret").asText(), id, timestamp, body))
        .isEqualTo(vector.get("expected_signature_for_previous_secret").asText());
  }

  @Test
  void sendsASignedEnvelopeForANewSample() throws InterruptedException {
    long before = Instant.now().getEpochSecond();
    String uuid = newSample("hook.jpg");
    WebhookReceiver.Received received = receiver.next();
    assertThat(received.signedWith(SECRET)).isTrue();
    assertThat(received.id()).startsWith("msg_");
    assertThat(received.timestamp()).isBetween(before, Instant.now().getEpochSecond());
    assertThat(received.contentType()).isEqualTo("application/json");
    JsonNode envelope = received.json();
    assertThat(envelope.path("event_type").asText()).isEqualTo("sample.created");
    assertThat(envelope.path("api_version").asText()).isEqualTo("2021-08-01");
    assertThat(envelope.path("dataset").asText()).isEqualTo("jane/flowers");
    assertThat(envelope.path("created_at").asText())
        .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}\\+00:00");
    assertThat(envelope.path("object").path("uuid").asText()).isEqualTo(uuid);
    assertThat(envelope.path("object").path("name").asText()).isEqualTo("hook.jpg");
    assertThat(envelope.path("text").asText())
        .isEqualTo("Sample hook.jpg created in dataset jane/flowers.");
    receiver.expectNothingMore();
  }

  @Test
  void sendsAnEventForEveryKindOfChangeAndNoneForReads() throws InterruptedException {
    jane.post("/user/datasets/", Map.of("name", "hooks", "task_type", "vector")).expect(201);
    jane.patch("/datasets/jane/hooks/", Map.of("description", "Webhooks.")).expect(200);
    jane.delete("/datasets/jane/hooks/").expect(204);
    String uuid = newSample("changes.jpg");
    jane.patch("/samples/" + uuid + "/", Map.of("priority", 3)).expect(200);
    String label = "/labels/" + uuid + "/ground-truth/";
    jane.put(label, AccountAndAccessTest.label()).expect(201);
    jane.patch(label, Map.of("label_status", "REVIEWED")).expect(200);
    jane.delete(label).expect(204);
    String issue =
        jane.post("/samples/" + uuid + "/issues/", Map.of("description", "Blurry."))
            .expect(201)
            .json()
            .path("uuid")
            .asText();
    jane.patch("/issues/" + issue + "/", Map.of("status", "CLOSED")).expect(200);
    jane.post("/datasets/jane/flowers/releases/", Map.of("name", "hooks-v1")).expect(201);
    jane.post(
            "/datasets/jane/flowers/samples_bulk/",
            List.of(AccountAndAccessTest.sample("bulk.jpg")))
        .expect(201);
    jane.delete("/samples/" + uuid + "/").expect(204);
    jane.get(SAMPLES).expect(200);

    List<WebhookReceiver.Received> received = receiver.next(13);
    assertThat(received)
        .extracting(WebhookReceiver.Received::eventType)
        .containsExactly(
            "dataset.created",
            "dataset.updated",
            "dataset.deleted",
            "sample.created",
            "sample.updated",
            "label.updated",
            "label.updated",
            "label.deleted",
            "issue.created",
            "issue.updated",
            "release.created",
            "sample.created",
            "sample.deleted");
    assertThat(received).allMatch(r -> r.signedWith(SECRET));
    assertThat(received).extracting(WebhookReceiver.Received::id).doesNotHaveDuplicates();
    JsonNode reviewed = received.get(6).json();
    assertThat(reviewed.at("/object/label_status").asText()).isEqualTo("REVIEWED");
    assertThat(reviewed.path("text").asText())
        .isEqualTo(
            "Label of sample changes.jpg (labelset ground-truth) updated in dataset jane/flowers.");
    assertThat(received.get(2).json().at("/object/full_name").asText()).isEqualTo("jane/hooks");
    assertThat(received.get(9).json().at("/object/status").asText()).isEqualTo("CLOSED");
    receiver.expectNothingMore();
  }

  @Test
  void sendsNothingForSeedDataOrFailedRequests() throws InterruptedException {
    jane.post(SAMPLES, Map.of("attributes", Map.of())).expect(400);
    jane.as("mary-key").patch("/datasets/jane/flowers/", Map.of("description", "x"));
    receiver.expectNothingMore();
  }

  @Test
  void retriesWithTheSameMessageIdUntilAccepted() throws InterruptedException {
    receiver.answer(500, 503);
    newSample("retry.jpg");
    List<WebhookReceiver.Received> attempts = receiver.next(3);
    assertThat(attempts)
        .extracting(WebhookReceiver.Received::id)
        .containsOnly(attempts.get(0).id());
    assertThat(attempts).allMatch(r -> r.signedWith(SECRET));
    receiver.expectNothingMore();
    assertThat(emulator.webhooks().deliveries())
        .singleElement()
        .satisfies(
            delivery -> {
              assertThat(delivery.delivered()).isTrue();
              assertThat(delivery.attempts()).isEqualTo(3);
              assertThat(delivery.status()).isEqualTo(200);
              assertThat(delivery.messageId()).isEqualTo(attempts.get(0).id());
            });
  }

  @Test
  void registersAndUnregistersTargetsAtRuntime() throws Exception {
    try (WebhookReceiver second = new WebhookReceiver()) {
      String secret = WebhookTarget.randomSecret();
      WebhookTarget target = emulator.webhooks().register(second.url(), secret);
      newSample("two.jpg");
      assertThat(second.next().signedWith(secret)).isTrue();
      assertThat(receiver.next().signedWith(SECRET)).isTrue();
      emulator.webhooks().unregister(target);
      newSample("one.jpg");
      receiver.next();
      second.expectNothingMore();
      assertThat(emulator.webhooks().targets())
          .extracting(WebhookTarget::url)
          .containsExactly(receiver.url());
      assertThat(emulator.webhooks().deliveries())
          .extracting(WebhookDelivery::delivered)
          .containsOnly(true);
    }
  }

  @Test
  void rejectsInvalidTargetsWithoutShowingTheSecret() {
    URI url = URI.create("http://127.0.0.1:1/hooks");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SegmentsEmulator.builder().webhook(url, "whsec_my*secret"))
        .withMessageNotContaining("my*secret");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SegmentsEmulator.builder().webhook(URI.create("/hooks"), SECRET));
    assertThat(new WebhookTarget(url, SECRET).toString()).doesNotContain(SECRET.substring(6));
  }
}
