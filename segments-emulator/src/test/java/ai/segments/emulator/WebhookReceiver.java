package ai.segments.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.emulator.webhook.WebhookSigner;
import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A tiny webhook endpoint for tests: records every POST, checks that its Svix signature covers its
 * own id, timestamp and body bytes, and answers with queued statuses (200 once they are used up).
 * The emulator's signatures are checked against the Svix test vector on their own ({@code
 * WebhookNotificationTest#signsLikeTheTestVector}); the starter's verifier accepting them is tested
 * end to end in sample-app ({@code WebhookEventsIntegrationTest}).
 */
final class WebhookReceiver implements AutoCloseable {

  /** A received request. */
  record Received(String id, long timestamp, String signature, String contentType, byte[] body) {

    JsonNode json() {
      try {
        return ApiClient.MAPPER.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String eventType() {
      return json().path("event_type").asText();
    }

    /** Whether the request is signed with this secret over its own id, timestamp and body. */
    boolean signedWith(String secret) {
      return WebhookSigner.sign(secret, id, timestamp, body).equals(signature);
    }
  }

  private final HttpServer server;
  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private final ConcurrentLinkedQueue<Integer> statuses = new ConcurrentLinkedQueue<>();

  WebhookReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/hooks",
        exchange -> {
          var headers = exchange.getRequestHeaders();
          received.add(
              new Received(
                  headers.getFirst("svix-id"),
                  Long.parseLong(headers.getFirst("svix-timestamp")),
                  headers.getFirst("svix-signature"),
                  headers.getFirst("Content-Type"),
                  exchange.getRequestBody().readAllBytes()));
          Integer status = statuses.poll();
          exchange.sendResponseHeaders(status == null ? 200 : status, -1);
          exchange.close();
        });
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks");
  }

  /** Answers the next requests with these statuses. */
  void answer(Integer... next) {
    statuses.addAll(List.of(next));
  }

  /** Waits for the next request. */
  Received next() throws InterruptedException {
    Received next = received.poll(10, TimeUnit.SECONDS);
    assertThat(next).as("a webhook request within 10 s").isNotNull();
    return next;
  }

  /** Waits for {@code count} requests. */
  List<Received> next(int count) throws InterruptedException {
    List<Received> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      list.add(next());
    }
    return list;
  }

  /** Asserts that nothing else arrives within a short while. */
  void expectNothingMore() throws InterruptedException {
    assertThat(received.poll(300, TimeUnit.MILLISECONDS)).isNull();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
