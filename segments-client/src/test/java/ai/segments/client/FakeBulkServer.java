package ai.segments.client;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

/**
 * The bulk add endpoint of one dataset, in memory, like the API: existing samples come back
 * unchanged, new ones are created now. Counts requests and the most in flight at once, and can hold
 * requests, slow them down, reject names or answer with an error status.
 */
final class FakeBulkServer implements AutoCloseable {

  static final String DATASET = "jane/flowers";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpServer server;
  private final Map<String, ObjectNode> samples = new ConcurrentHashMap<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger maxInFlight = new AtomicInteger();
  private final AtomicInteger requests = new AtomicInteger();
  private volatile CountDownLatch gate = new CountDownLatch(0);
  private volatile long delayMillis;
  private volatile String rejectedNamePart;
  private volatile int failStatus;
  private volatile String failBody = "";
  private volatile int failTimes;

  FakeBulkServer() {
    try {
      System.setProperty("sun.net.httpserver.nodelay", "true");
      this.server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    this.server.setExecutor(Executors.newCachedThreadPool());
    this.server.createContext(
        "/datasets/jane/flowers/samples_bulk/",
        exchange -> {
          try (exchange) {
            handle(exchange);
          }
        });
    this.server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + this.server.getAddress().getPort() + "/";
  }

  SegmentsClient client() {
    return SegmentsClient.builder().apiKey("bulk-key").apiUrl(baseUrl()).build();
  }

  /** Holds every request until the gate opens. */
  void hold(CountDownLatch gate) {
    this.gate = gate;
  }

  void delay(long millis) {
    this.delayMillis = millis;
  }

  /** Rejects a request with 400 when a sample name contains the text. */
  void rejectNamesContaining(String text) {
    this.rejectedNamePart = text;
  }

  /** Answers the next requests with an error. */
  void fail(int status, String body, int times) {
    this.failStatus = status;
    this.failBody = body;
    this.failTimes = times;
  }

  int requests() {
    return this.requests.get();
  }

  int maxInFlight() {
    return this.maxInFlight.get();
  }

  int inFlight() {
    return this.inFlight.get();
  }

  int stored() {
    return this.samples.size();
  }

  private void handle(HttpExchange exchange) throws IOException {
    this.requests.incrementAndGet();
    this.maxInFlight.accumulateAndGet(this.inFlight.incrementAndGet(), Math::max);
    try {
      this.gate.await(10, TimeUnit.SECONDS);
      if (this.delayMillis > 0) {
        Thread.sleep(this.delayMillis);
      }
      JsonNode body = JSON.readTree(body(exchange));
      if (this.failTimes > 0) {
        this.failTimes--;
        answer(exchange, this.failStatus, this.failBody);
        return;
      }
      String rejected = this.rejectedNamePart;
      for (JsonNode item : body) {
        if (rejected != null && item.get("name").asText().contains(rejected)) {
          answer(exchange, 400, "{\"detail\": \"Invalid sample attributes.\"}");
          return;
        }
      }
      ArrayNode result = JSON.createArrayNode();
      for (JsonNode item : body) {
        result.add(
            this.samples.computeIfAbsent(item.get("name").asText(), name -> newSample(name, item)));
      }
      answer(exchange, 201, JSON.writeValueAsString(result));
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
    } finally {
      this.inFlight.decrementAndGet();
    }
  }

  private static ObjectNode newSample(String name, JsonNode item) {
    ObjectNode sample = JSON.createObjectNode();
    sample.put("uuid", UUID.randomUUID().toString());
    sample.put("name", name);
    sample.set("attributes", item.get("attributes"));
    sample.set("metadata", JSON.createObjectNode());
    sample.put("created_at", Instant.now().toString());
    sample.put("created_by", "jane");
    sample.put("priority", 0);
    return sample;
  }

  private static byte[] body(HttpExchange exchange) throws IOException {
    InputStream in = exchange.getRequestBody();
    if ("gzip".equals(exchange.getRequestHeaders().getFirst("Content-Encoding"))) {
      in = new GZIPInputStream(in);
    }
    return in.readAllBytes();
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  @Override
  public void close() {
    this.gate.countDown();
    this.server.stop(0);
  }
}
