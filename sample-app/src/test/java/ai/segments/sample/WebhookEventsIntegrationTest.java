package ai.segments.sample;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.SegmentsClient;
import ai.segments.client.model.LabelStatus;
import ai.segments.client.model.Sample;
import ai.segments.client.request.UpdateLabelRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * End to end over real HTTP: a change in the embedded emulator is sent as a signed webhook to the
 * app's own endpoint, verified by the starter, published to {@link RecentWebhookEvents} and served
 * by {@code GET /api/webhook-events}.
 */
@DemoAppTest
class WebhookEventsIntegrationTest {

  private static final Duration WAIT = Duration.ofSeconds(15);

  @Autowired private TestRestTemplate http;

  @Autowired private SegmentsClient client;

  /** Polls {@code GET /api/webhook-events} until {@code count} events match. */
  private List<WebhookEventSummary> awaitEvents(Predicate<WebhookEventSummary> filter, int count)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(WAIT);
    List<WebhookEventSummary> matching = List.of();
    while (Instant.now().isBefore(deadline)) {
      ResponseEntity<WebhookEventSummary[]> response =
          this.http.getForEntity("/api/webhook-events", WebhookEventSummary[].class);
      assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
      matching = List.of(response.getBody()).stream().filter(filter).toList();
      if (matching.size() >= count) {
        return matching;
      }
      Thread.sleep(100);
    }
    assertThat(matching).as("webhook events within " + WAIT).hasSize(count);
    return matching;
  }

  @Test
  void anImportAppearsAsWebhookEventsNewestFirst() throws InterruptedException {
    String prefix = "hook-" + UUID.randomUUID();
    List<Map<String, Object>> manifest =
        List.of(1, 2, 3).stream()
            .<Map<String, Object>>map(
                i -> Map.of("name", prefix + "-" + i + ".jpg", "url", "https://example.com/" + i))
            .toList();
    ResponseEntity<ImportResult> imported =
        this.http.postForEntity("/api/datasets/demo/flowers/imports", manifest, ImportResult.class);
    assertThat(imported.getStatusCode()).isEqualTo(HttpStatus.OK);

    List<WebhookEventSummary> events = awaitEvents(e -> e.text().contains(prefix), 3);

    // The import sends its chunks concurrently, so the creation order is not the manifest order;
    // newest first means by the events' creation time.
    assertThat(events)
        .extracting(WebhookEventSummary::text)
        .containsExactlyInAnyOrder(
            "Sample " + prefix + "-3.jpg created in dataset demo/flowers.",
            "Sample " + prefix + "-2.jpg created in dataset demo/flowers.",
            "Sample " + prefix + "-1.jpg created in dataset demo/flowers.");
    assertThat(events)
        .extracting(WebhookEventSummary::createdAt)
        .isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(events).extracting(WebhookEventSummary::type).containsOnly("sample.created");
    assertThat(events).extracting(WebhookEventSummary::dataset).containsOnly("demo/flowers");
    assertThat(events).extracting(WebhookEventSummary::messageId).doesNotHaveDuplicates();
    assertThat(events).allSatisfy(e -> assertThat(e.messageId()).startsWith("msg_"));
    assertThat(events).allSatisfy(e -> assertThat(e.createdAt()).isNotNull());
  }

  @Test
  void aReviewedLabelAppearsAsALabelUpdate() throws InterruptedException {
    Sample sample = this.client.getSamples("demo/flowers").get(0);
    this.client.updateLabel(
        sample.uuid(),
        "ground-truth",
        UpdateLabelRequest.builder().labelStatus(LabelStatus.REVIEWED).build());

    String text =
        "Label of sample " + sample.name() + " (labelset ground-truth) updated in dataset";
    assertThat(awaitEvents(e -> e.text().startsWith(text), 1))
        .singleElement()
        .satisfies(e -> assertThat(e.type()).isEqualTo("label.updated"));
  }

  @Test
  void theWebhookEndpointRefusesUnsignedRequests() {
    ResponseEntity<String> response =
        this.http.exchange(
            org.springframework.http.RequestEntity.post("/segments/webhooks")
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"event_type\":\"sample.created\"}"),
            String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getBody()).doesNotContain("whsec_", "Exception");
  }
}
