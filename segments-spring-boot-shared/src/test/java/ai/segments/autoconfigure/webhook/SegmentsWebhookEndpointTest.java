package ai.segments.autoconfigure.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ai.segments.client.model.Sample;
import ai.segments.client.model.WebhookEventType;
import ai.segments.spring.webhook.SegmentsWebhookEvent;
import ai.segments.spring.webhook.TestSignatures;
import ai.segments.testfixtures.ApiExamples;
import ai.segments.testfixtures.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.servlet.function.RouterFunction;

/**
 * The endpoint's answers over MockMvc on the auto-configured route, with a clock the test moves and
 * a recording listener.
 */
class SegmentsWebhookEndpointTest {

  private static final long NOW = 1_710_757_267L;
  private static final String PATH = "/segments/webhooks";
  private static final String BODY = ApiExamples.text("webhook-sample-created.json");

  private final WebApplicationContextRunner runner =
      new WebApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(SegmentsWebhookAutoConfiguration.class))
          .withUserConfiguration(Recorder.class)
          .withPropertyValues(
              "segments.webhook.enabled=true", "segments.webhook.secret=" + TestSignatures.SECRET);

  /** Records the published events; the test can make it fail. */
  @Configuration(proxyBeanMethods = false)
  static class Recorder {
    final List<SegmentsWebhookEvent> events = new CopyOnWriteArrayList<>();
    final MutableClock clock = new MutableClock(Instant.ofEpochSecond(NOW));
    volatile RuntimeException failure;

    @Bean
    Clock clock() {
      return clock;
    }

    @EventListener
    void on(SegmentsWebhookEvent event) {
      if (failure != null) {
        throw failure;
      }
      events.add(event);
    }
  }

  private static HttpHeaders headers(String id, long timestamp, String signature) {
    HttpHeaders headers = new HttpHeaders();
    headers.set("svix-id", id);
    headers.set("svix-timestamp", String.valueOf(timestamp));
    headers.set("svix-signature", signature);
    return headers;
  }

  /** A test against a running endpoint. */
  @FunctionalInterface
  private interface EndpointTest {
    void run(Endpoint endpoint) throws Exception;
  }

  private void run(EndpointTest test, String... properties) {
    runner
        .withPropertyValues(properties)
        .run(
            context -> {
              RouterFunction<?> route =
                  context.getBean("segmentsWebhookRoute", RouterFunction.class);
              MockMvc mvc = MockMvcBuilders.routerFunctions(route).build();
              test.run(new Endpoint(mvc, context.getBean(Recorder.class)));
            });
  }

  /** Sends requests to the endpoint. */
  private record Endpoint(MockMvc mvc, Recorder recorder) {

    MockHttpServletRequestBuilder signed(String id, long timestamp, String body) {
      return signed(PATH, id, timestamp, body);
    }

    MockHttpServletRequestBuilder signed(String path, String id, long timestamp, String body) {
      String signature = TestSignatures.sign(TestSignatures.SECRET, id, timestamp, body);
      return post(path)
          .contentType(MediaType.APPLICATION_JSON)
          .headers(headers(id, timestamp, signature))
          .content(body);
    }

    ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
      return mvc.perform(request);
    }

    /** Expects a problem answer without internals or the secret, and nothing published. */
    ResultActions expectProblem(MockHttpServletRequestBuilder request, int status)
        throws Exception {
      return expectProblem(request, status, 0);
    }

    /**
     * Expects a problem answer without internals or the secret, and no more than the {@code
     * published} events published before.
     */
    ResultActions expectProblem(MockHttpServletRequestBuilder request, int status, int published)
        throws Exception {
      ResultActions answer =
          perform(request)
              .andExpect(status().is(status))
              .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
              .andExpect(jsonPath("$.status").value(status));
      assertThat(answer.andReturn().getResponse().getContentAsString())
          .doesNotContain(TestSignatures.SECRET, TestSignatures.SECRET.substring(6))
          .doesNotContain("Exception", "at ai.segments", "at org.");
      assertThat(recorder.events).hasSize(published);
      return answer;
    }
  }

  @Test
  void acceptsASignedNotificationAndPublishesATypedEvent() {
    run(
        endpoint -> {
          endpoint
              .perform(endpoint.signed("msg_1", NOW, BODY))
              .andExpect(status().isOk())
              .andExpect(jsonPath("$.status").value("accepted"))
              .andExpect(jsonPath("$.message_id").value("msg_1"));
          assertThat(endpoint.recorder().events)
              .singleElement()
              .satisfies(
                  event -> {
                    assertThat(event.messageId()).isEqualTo("msg_1");
                    assertThat(event.type()).isEqualTo(WebhookEventType.SAMPLE_CREATED);
                    assertThat(event.dataset()).isEqualTo("jane/flowers");
                    assertThat(event.createdAt())
                        .isEqualTo(Instant.parse("2024-03-18T10:21:07.380114Z"));
                    assertThat(event.objectAs(Sample.class))
                        .hasValueSatisfying(s -> assertThat(s.name()).isEqualTo("violet.jpg"));
                  });
        });
  }

  @Test
  void acceptsWebhookPrefixedHeaders() {
    String signature = TestSignatures.sign(TestSignatures.SECRET, "msg_1", NOW, BODY);
    run(
        endpoint ->
            endpoint
                .perform(
                    post(PATH)
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("webhook-id", "msg_1")
                        .header("webhook-timestamp", String.valueOf(NOW))
                        .header("webhook-signature", "v1,bm90LWl0 " + signature)
                        .content(BODY))
                .andExpect(jsonPath("$.status").value("accepted")));
  }

  @Test
  void acknowledgesAReplayedMessageIdWithoutPublishingItTwice() {
    run(
        endpoint -> {
          endpoint.perform(endpoint.signed("msg_1", NOW, BODY)).andExpect(status().isOk());
          endpoint
              .perform(endpoint.signed("msg_1", NOW + 30, BODY))
              .andExpect(status().isOk())
              .andExpect(jsonPath("$.status").value("duplicate"));
          endpoint.perform(endpoint.signed("msg_2", NOW, BODY)).andExpect(status().isOk());
          assertThat(endpoint.recorder().events)
              .extracting(SegmentsWebhookEvent::messageId)
              .containsExactly("msg_1", "msg_2");
        });
  }

  @Test
  void acknowledgesAFutureStampedMessageReplayedAfterTheToleranceFromReceipt() {
    run(
        endpoint -> {
          endpoint.perform(endpoint.signed("msg_1", NOW + 290, BODY)).andExpect(status().isOk());
          endpoint.recorder().clock.advance(Duration.ofSeconds(301));
          endpoint
              .perform(endpoint.signed("msg_1", NOW + 290, BODY))
              .andExpect(status().isOk())
              .andExpect(jsonPath("$.status").value("duplicate"));
          endpoint.recorder().clock.advance(Duration.ofSeconds(290));
          endpoint.expectProblem(endpoint.signed("msg_1", NOW + 290, BODY), 401, 1);
        });
  }

  @Test
  void answers503WithRetryAfterWhenTheReplayCacheIsFullOfIdsThatCanStillVerify() {
    run(
        endpoint -> {
          endpoint.perform(endpoint.signed("msg_1", NOW, BODY)).andExpect(status().isOk());
          endpoint.recorder().clock.advance(Duration.ofSeconds(100));
          endpoint.perform(endpoint.signed("msg_2", NOW + 100, BODY)).andExpect(status().isOk());

          endpoint
              .expectProblem(endpoint.signed("msg_3", NOW + 100, BODY), 503, 2)
              .andExpect(header().string(HttpHeaders.RETRY_AFTER, "201"));
          endpoint
              .perform(endpoint.signed("msg_1", NOW, BODY))
              .andExpect(jsonPath("$.status").value("duplicate"));

          endpoint.recorder().clock.advance(Duration.ofSeconds(201));
          endpoint
              .perform(endpoint.signed("msg_3", NOW + 100, BODY))
              .andExpect(jsonPath("$.status").value("accepted"));
          assertThat(endpoint.recorder().events)
              .extracting(SegmentsWebhookEvent::messageId)
              .containsExactly("msg_1", "msg_2", "msg_3");
        },
        "segments.webhook.replay-cache-size=2");
  }

  @Test
  void answers401ForABadOrMissingSignature() {
    run(
        endpoint -> {
          endpoint.expectProblem(endpoint.signed("msg_1", NOW, BODY).content(BODY + " "), 401);
          String valid = TestSignatures.sign(TestSignatures.SECRET, "msg_1", NOW, BODY);
          MockHttpServletRequestBuilder unsigned =
              post(PATH).contentType(MediaType.APPLICATION_JSON).content(BODY);
          endpoint.expectProblem(unsigned, 401);
          endpoint.expectProblem(unsigned.headers(headers("msg_2", NOW, valid)), 401);
          endpoint.expectProblem(unsigned.headers(headers("msg_1", NOW, "v1,AAAA")), 401);
          endpoint.expectProblem(unsigned.headers(headers("msg_1", NOW, "")), 401);
        });
  }

  @Test
  void answers401ForStaleAndFutureTimestamps() {
    run(
        endpoint -> {
          endpoint.expectProblem(endpoint.signed("msg_1", NOW - 301, BODY), 401);
          endpoint.expectProblem(endpoint.signed("msg_2", NOW + 301, BODY), 401);
        });
  }

  @Test
  void answers400ForASignedBodyThatIsNotAnEnvelope() {
    run(
        endpoint -> {
          endpoint.expectProblem(endpoint.signed("msg_1", NOW, "{\"event_type\":"), 400);
          endpoint.expectProblem(endpoint.signed("msg_2", NOW, "[1,2]"), 400);
        });
  }

  @Test
  void answers413BeyondTheBodySizeLimit() {
    String large = BODY.replace("\"readme\": \"\"", "\"readme\": \"" + "x".repeat(2048) + "\"");
    run(
        endpoint -> {
          endpoint.expectProblem(endpoint.signed("msg_1", NOW, large), 413);
          endpoint.perform(endpoint.signed("msg_2", NOW, BODY)).andExpect(status().isOk());
        },
        "segments.webhook.max-body-size=2KB");
  }

  @Test
  void answers413WhenTheBodyExceedsTheLimitDespiteASmallContentLength() {
    String large = BODY.replace("\"readme\": \"\"", "\"readme\": \"" + "x".repeat(2048) + "\"");
    run(
        endpoint ->
            endpoint.expectProblem(
                endpoint
                    .signed("msg_1", NOW, large)
                    .with(
                        request -> {
                          request.removeHeader("Content-Length");
                          request.addHeader("Content-Length", "100");
                          return request;
                        }),
                413),
        "segments.webhook.max-body-size=2KB");
  }

  @Test
  void answers415ForAContentTypeOtherThanJson() {
    run(
        endpoint -> {
          endpoint.expectProblem(
              endpoint.signed("msg_1", NOW, BODY).contentType(MediaType.TEXT_PLAIN), 415);
          endpoint.expectProblem(
              endpoint
                  .signed("msg_2", NOW, BODY)
                  .contentType(MediaType.APPLICATION_FORM_URLENCODED),
              415);
          String signature = TestSignatures.sign(TestSignatures.SECRET, "msg_3", NOW, BODY);
          endpoint.expectProblem(
              post(PATH).headers(headers("msg_3", NOW, signature)).content(BODY), 415);
          endpoint
              .perform(
                  endpoint
                      .signed("msg_4", NOW, BODY)
                      .contentType("application/json; charset=utf-8"))
              .andExpect(status().isOk());
        });
  }

  @Test
  void answers500WhenAListenerFailsAndProcessesTheRetry() {
    run(
        endpoint -> {
          endpoint.recorder().failure = new IllegalStateException("listener broke");
          endpoint.expectProblem(endpoint.signed("msg_1", NOW, BODY), 500);
          endpoint.recorder().failure = null;
          endpoint
              .perform(endpoint.signed("msg_1", NOW + 5, BODY))
              .andExpect(jsonPath("$.status").value("accepted"));
          assertThat(endpoint.recorder().events).hasSize(1);
        });
  }

  @Test
  void servesOnlyPostOnTheConfiguredPath() {
    run(
        endpoint -> {
          endpoint.perform(endpoint.signed("msg_1", NOW, BODY)).andExpect(status().isNotFound());
          endpoint
              .perform(endpoint.signed("/hooks/segments", "msg_1", NOW, BODY))
              .andExpect(status().isOk());
          endpoint.perform(get("/hooks/segments")).andExpect(status().is4xxClientError());
        },
        "segments.webhook.path=/hooks/segments");
  }
}
