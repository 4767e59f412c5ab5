package ai.segments.spring.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.segments.client.model.Issue;
import ai.segments.client.model.Label;
import ai.segments.client.model.LabelStatus;
import ai.segments.client.model.Release;
import ai.segments.client.model.Sample;
import ai.segments.client.model.WebhookEventType;
import ai.segments.spring.support.Examples;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookEventReaderTest {

  private final WebhookEventReader reader = new WebhookEventReader();

  private SegmentsWebhookEvent read(String json) {
    return reader.read("msg_1", json.getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @CsvSource({
    "webhook-sample-created.json, SAMPLE_CREATED, ai.segments.client.model.Sample",
    "webhook-label-updated.json, LABEL_UPDATED, ai.segments.client.model.Label",
    "webhook-issue-created.json, ISSUE_CREATED, ai.segments.client.model.Issue",
    "webhook-release-created.json, RELEASE_CREATED, ai.segments.client.model.Release"
  })
  void readsTheExamplesIntoTheModel(String file, WebhookEventType type, Class<?> model) {
    SegmentsWebhookEvent event = read(Examples.text(file));
    assertThat(event.messageId()).isEqualTo("msg_1");
    assertThat(event.type()).isEqualTo(type);
    assertThat(event.eventType()).isEqualTo(type.value());
    assertThat(event.object()).isInstanceOf(model);
    assertThat(event.payload()).isEqualTo(Examples.tree(file));
    assertThat(event.rawObject()).isEqualTo(Examples.tree(file).get("object"));
  }

  @Test
  void readsTheEnvelopeFields() {
    SegmentsWebhookEvent event = read(Examples.text("webhook-label-updated.json"));
    assertThat(event.dataset()).isEqualTo("jane/flowers");
    assertThat(event.createdAt()).isEqualTo(Instant.parse("2024-03-19T11:40:03.512Z"));
    assertThat(event.text()).startsWith("Label of sample violet.jpg");
    assertThat(event.objectAs(Label.class))
        .hasValueSatisfying(l -> assertThat(l.labelStatus()).isEqualTo(LabelStatus.REVIEWED));
    assertThat(event.objectAs(Sample.class)).isEmpty();
    assertThat(read(Examples.text("webhook-issue-created.json")).objectAs(Issue.class))
        .hasValueSatisfying(i -> assertThat(i.sampleName()).isEqualTo("scene-0001"));
    assertThat(read(Examples.text("webhook-release-created.json")).objectAs(Release.class))
        .hasValueSatisfying(r -> assertThat(r.name()).isEqualTo("v0.1"));
  }

  @Test
  void keepsUnknownEventTypesWithTheRawObject() {
    SegmentsWebhookEvent event =
        read(
            "{\"event_type\":\"model.trained\",\"created_at\":\"2024-01-01T00:00:00+00:00\","
                + "\"dataset\":\"jane/flowers\",\"object\":{\"id\":7}}");
    assertThat(event.type()).isEqualTo(WebhookEventType.UNKNOWN);
    assertThat(event.eventType()).isEqualTo("model.trained");
    assertThat(event.object()).isInstanceOf(JsonNode.class);
    assertThat(((JsonNode) event.object()).get("id").asInt()).isEqualTo(7);
  }

  @Test
  void keepsAnObjectThatIsNotAnObjectAsJsonAndNoObjectAsNull() {
    String prefix = "{\"event_type\":\"dataset.deleted\",\"created_at\":\"2024-01-01T00:00:00Z\"";
    assertThat(read(prefix + ",\"object\":\"jane/flowers\"}").object())
        .isInstanceOf(JsonNode.class);
    assertThat(read(prefix + ",\"object\":null}").object()).isNull();
    assertThat(read(prefix + "}").object()).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "not json",
        "[]",
        "\"text\"",
        "{\"event_type\":\"sample.created\"",
        "{\"created_at\":\"2024-01-01T00:00:00Z\"}",
        "{\"event_type\":\"sample.created\"}",
        "{\"event_type\":42,\"created_at\":\"2024-01-01T00:00:00Z\"}",
        "{\"event_type\":\"sample.created\",\"created_at\":\"yesterday\"}"
      })
  void rejectsBodiesThatAreNotEnvelopes(String body) {
    assertThatThrownBy(() -> read(body)).isInstanceOf(MalformedWebhookException.class);
  }
}
