package ai.segments.client;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.http.ApacheHttpTransport;
import ai.segments.client.http.JdkHttpTransport;
import ai.segments.client.http.SegmentsHttpTransport;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Calls from many threads on one client: they are all in flight at once (nothing in the client or
 * its connection pool serializes them), and no call carries state of another (no cookies).
 */
class ConcurrentCallsTest {

  private static final int THREADS = 16;
  private static final String USER =
      "{\"username\": \"jane\", \"created_at\": \"2024-03-18T10:21:07Z\", \"is_organization\": false}";

  /** Every request waits here until {@link #THREADS} requests have arrived, or fails. */
  private final CyclicBarrier allInFlight = new CyclicBarrier(THREADS);

  private final List<String> cookieHeaders = new CopyOnWriteArrayList<>();
  private HttpServer server;

  static Stream<Arguments> transports() {
    return Stream.of(
        Arguments.of("jdk", (Function<Duration, SegmentsHttpTransport>) JdkHttpTransport::create),
        Arguments.of(
            "apache", (Function<Duration, SegmentsHttpTransport>) ApacheHttpTransport::create));
  }

  @BeforeEach
  void startServer() throws IOException {
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    this.server.setExecutor(Executors.newFixedThreadPool(THREADS + 4));
    this.server.createContext("/user", this::answerWhenAllArrived);
    this.server.start();
  }

  @AfterEach
  void stopServer() {
    this.server.stop(0);
  }

  private void answerWhenAllArrived(HttpExchange exchange) throws IOException {
    String cookie = exchange.getRequestHeaders().getFirst("Cookie");
    if (cookie != null) {
      this.cookieHeaders.add(cookie);
    }
    int status;
    try {
      this.allInFlight.await(20, TimeUnit.SECONDS);
      status = 200;
    } catch (InterruptedException | BrokenBarrierException | TimeoutException ex) {
      this.allInFlight.reset();
      status = 503;
    }
    byte[] body =
        (status == 200)
            ? USER.getBytes(StandardCharsets.UTF_8)
            : "{\"detail\": \"alone\"}".getBytes();
    exchange.getResponseHeaders().set("Content-Type", "application/json");
    exchange.getResponseHeaders().add("Set-Cookie", "session=" + Thread.currentThread().getId());
    exchange.sendResponseHeaders(status, body.length);
    exchange.getResponseBody().write(body);
    exchange.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("transports")
  void sixteenThreadsHaveTheirCallsInFlightAtOnceWithoutSharingCookies(
      String name, Function<Duration, SegmentsHttpTransport> transport) throws Exception {
    SegmentsClient client =
        SegmentsClient.builder()
            .apiKey("concurrency-test-key")
            .apiUrl("http://127.0.0.1:" + this.server.getAddress().getPort())
            .transport(transport.apply(Duration.ofSeconds(5)))
            .readTimeout(Duration.ofSeconds(30))
            .build();
    ExecutorService callers = Executors.newFixedThreadPool(THREADS);
    try (client) {
      for (int round = 0; round < 2; round++) {
        List<Future<String>> users = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
          users.add(callers.submit(() -> client.getUser().username()));
        }
        for (Future<String> user : users) {
          assertThat(user.get(60, TimeUnit.SECONDS)).isEqualTo("jane");
        }
      }
    } finally {
      callers.shutdownNow();
    }
    assertThat(this.cookieHeaders).isEmpty();
  }
}
