package ai.segments.emulator.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Sends signed webhook notifications (API §6) to the registered targets, like Segments.ai does: one
 * JSON envelope per state change, POSTed with the {@code svix-id}, {@code svix-timestamp} and
 * {@code svix-signature} headers.
 *
 * <p>Sending is asynchronous and in order, on one background thread. A target that does not answer
 * 2xx is retried with the same message id (re-signed with a fresh timestamp) after each of the
 * {@link #RETRY_DELAYS}; failures are logged and recorded in {@link #deliveries()}. Thread-safe.
 */
public final class WebhookSender implements AutoCloseable {

  /** The waits before the retries of a failed delivery. */
  public static final List<Duration> RETRY_DELAYS =
      List.of(Duration.ofMillis(500), Duration.ofSeconds(2), Duration.ofSeconds(5));

  /** The API version written into every envelope. */
  public static final String API_VERSION = "2021-08-01";

  private static final System.Logger LOG = System.getLogger(WebhookSender.class.getName());
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DateTimeFormatter CREATED_AT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'+00:00'").withZone(ZoneOffset.UTC);
  private static final int KEPT_DELIVERIES = 1000;

  private final List<WebhookTarget> targets = new CopyOnWriteArrayList<>();
  private final Deque<WebhookDelivery> deliveries = new ArrayDeque<>();
  private final Clock clock;
  private final HttpClient http;
  private final ScheduledExecutorService executor;

  /** A sender using the system clock. */
  public WebhookSender() {
    this(Clock.systemUTC());
  }

  /**
   * A sender using the given clock for {@code created_at} and the signature timestamps.
   *
   * @param clock the clock
   */
  public WebhookSender(Clock clock) {
    this.clock = clock;
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    ScheduledThreadPoolExecutor pool =
        new ScheduledThreadPoolExecutor(
            1,
            runnable -> {
              Thread thread = new Thread(runnable, "segments-emulator-webhooks");
              thread.setDaemon(true);
              return thread;
            });
    pool.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    this.executor = pool;
  }

  /**
   * Starts sending every later state change to a URL.
   *
   * @param url the endpoint
   * @param secret the signing secret, {@code whsec_<base64>}
   * @return the target, for {@link #unregister}
   */
  public WebhookTarget register(URI url, String secret) {
    return register(new WebhookTarget(url, secret));
  }

  /**
   * Starts sending every later state change to a target.
   *
   * @param target the target
   * @return the target
   */
  public WebhookTarget register(WebhookTarget target) {
    targets.add(target);
    return target;
  }

  /**
   * Stops sending to a target; messages already queued are still sent.
   *
   * @param target a registered target
   */
  public void unregister(WebhookTarget target) {
    targets.remove(target);
  }

  /**
   * The registered targets.
   *
   * @return a snapshot, in registration order
   */
  public List<WebhookTarget> targets() {
    return List.copyOf(targets);
  }

  /**
   * The outcomes of the latest finished deliveries (up to 1000), oldest first.
   *
   * @return a snapshot
   */
  public List<WebhookDelivery> deliveries() {
    synchronized (deliveries) {
      return List.copyOf(deliveries);
    }
  }

  /**
   * Queues one notification to every registered target; returns at once.
   *
   * @param eventType the event type, e.g. {@code sample.created}
   * @param dataset the dataset's full name, {@code owner/name}
   * @param object the REST representation of the object concerned
   * @param text a human-readable summary
   */
  public void send(String eventType, String dataset, JsonNode object, String text) {
    if (targets.isEmpty() || executor.isShutdown()) {
      return;
    }
    ObjectNode envelope = MAPPER.createObjectNode();
    envelope.put("event_type", eventType);
    envelope.put("created_at", CREATED_AT.format(clock.instant()));
    envelope.put("api_version", API_VERSION);
    envelope.put("dataset", dataset);
    envelope.set("object", object);
    envelope.put("text", text);
    for (WebhookTarget target : targets) {
      Message message =
          new Message(
              "msg_" + UUID.randomUUID().toString().replace("-", ""), eventType, envelope, target);
      executor.execute(() -> attempt(message, 1));
    }
  }

  /**
   * One envelope for one target; the body is serialized once so every attempt sends the same bytes.
   */
  private record Message(String id, String eventType, byte[] body, WebhookTarget target) {
    Message(String id, String eventType, ObjectNode envelope, WebhookTarget target) {
      this(id, eventType, bytes(envelope), target);
    }
  }

  private static byte[] bytes(JsonNode node) {
    try {
      return MAPPER.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void attempt(Message message, int attempt) {
    int status = post(message);
    boolean delivered = status >= 200 && status < 300;
    if (!delivered && attempt <= RETRY_DELAYS.size() && !executor.isShutdown()) {
      LOG.log(
          System.Logger.Level.DEBUG,
          "Webhook {0} to {1} failed with {2}; retrying",
          message.id(),
          message.target().url(),
          status);
      executor.schedule(
          () -> attempt(message, attempt + 1),
          RETRY_DELAYS.get(attempt - 1).toMillis(),
          TimeUnit.MILLISECONDS);
      return;
    }
    if (!delivered) {
      LOG.log(
          System.Logger.Level.WARNING,
          "Webhook {0} ({1}) to {2} failed after {3} attempts, last status {4}",
          message.id(),
          message.eventType(),
          message.target().url(),
          attempt,
          status);
    }
    synchronized (deliveries) {
      deliveries.addLast(
          new WebhookDelivery(
              message.id(),
              message.eventType(),
              message.target().url(),
              status,
              attempt,
              delivered));
      while (deliveries.size() > KEPT_DELIVERIES) {
        deliveries.removeFirst();
      }
    }
  }

  /** POSTs once; the HTTP status, or -1 without an answer. */
  private int post(Message message) {
    long timestamp = clock.instant().getEpochSecond();
    HttpRequest request =
        HttpRequest.newBuilder(message.target().url())
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .header("svix-id", message.id())
            .header("svix-timestamp", String.valueOf(timestamp))
            .header(
                "svix-signature",
                WebhookSigner.sign(
                    message.target().secret(), message.id(), timestamp, message.body()))
            .POST(HttpRequest.BodyPublishers.ofByteArray(message.body()))
            .build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** Stops sending; queued messages and pending retries are dropped. Idempotent. */
  @Override
  public void close() {
    executor.shutdownNow();
  }
}
