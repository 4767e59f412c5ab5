package ai.segments.spring.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Live servers on 127.0.0.1 (port 0) that misbehave in one way each, counting what reaches them.
 * They never stall longer than {@link #MAX_STALL}: closing a server releases every stalled answer.
 */
public final class LoopbackServers {

  /** The longest a server stalls an answer, in seconds. */
  public static final long MAX_STALL = 30;

  private LoopbackServers() {}

  /** A server that counts requests or connections; closing it stops it. */
  public interface Server extends AutoCloseable {
    /**
     * A URL on the server.
     *
     * @param path the path, starting with {@code /}
     * @return {@code http://127.0.0.1:<port><path>}
     */
    URI url(String path);

    /**
     * The requests (or connections) that reached it.
     *
     * @return the count
     */
    int hits();

    @Override
    void close();
  }

  /** An HTTP server whose every answer is a 503. */
  public static Server always503() {
    return http(
        exchange -> {
          exchange.sendResponseHeaders(503, -1);
          exchange.close();
        });
  }

  /**
   * A TCP server that accepts every connection and resets it at once (RST), before any byte of an
   * answer.
   */
  public static Server resettingConnections() {
    try {
      ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      AtomicInteger hits = new AtomicInteger();
      Thread acceptor =
          new Thread(
              () -> {
                while (!socket.isClosed()) {
                  try (Socket connection = socket.accept()) {
                    hits.incrementAndGet();
                    connection.setSoLinger(true, 0);
                  } catch (IOException ex) {
                    // closed
                  }
                }
              },
              "resetting-server");
      acceptor.setDaemon(true);
      acceptor.start();
      return new Server() {
        @Override
        public URI url(String path) {
          return URI.create("http://127.0.0.1:" + socket.getLocalPort() + path);
        }

        @Override
        public int hits() {
          return hits.get();
        }

        @Override
        public void close() {
          try {
            socket.close();
          } catch (IOException ex) {
            throw new UncheckedIOException(ex);
          }
        }
      };
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /**
   * An HTTP server that answers {@code count} bytes, one every {@code gapMillis}, with a known
   * length; {@code count} 0 sends bytes until the client goes away or the server closes.
   */
  public static Server trickling(int count, long gapMillis) {
    CountDownLatch closed = new CountDownLatch(1);
    return http(
        closed,
        exchange -> {
          exchange.sendResponseHeaders(200, (count == 0) ? 0 : count);
          try (OutputStream body = exchange.getResponseBody()) {
            for (int i = 0; count == 0 || i < count; i++) {
              if (closed.await(gapMillis, TimeUnit.MILLISECONDS)) {
                return;
              }
              body.write('x');
              body.flush();
            }
          } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
          }
        });
  }

  /** An HTTP server that sends its headers and one byte, then nothing until it is closed. */
  public static Server stalling() {
    CountDownLatch closed = new CountDownLatch(1);
    return http(
        closed,
        exchange -> {
          exchange.sendResponseHeaders(200, 1000);
          try (OutputStream body = exchange.getResponseBody()) {
            body.write('x');
            body.flush();
            closed.await(MAX_STALL, TimeUnit.SECONDS);
          } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
          }
        });
  }

  /** An HTTP server that answers {@code 200 ok}. */
  public static Server ok() {
    return http(
        exchange -> {
          byte[] body = "ok".getBytes(StandardCharsets.US_ASCII);
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
  }

  private interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  private static Server http(Handler handler) {
    return http(new CountDownLatch(1), handler);
  }

  private static Server http(CountDownLatch closed, Handler handler) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    AtomicInteger hits = new AtomicInteger();
    ExecutorService threads = Executors.newCachedThreadPool();
    server.setExecutor(threads);
    server.createContext(
        "/",
        exchange -> {
          hits.incrementAndGet();
          try {
            handler.handle(exchange);
          } catch (IOException ex) {
            // the client went away
          } finally {
            exchange.close();
          }
        });
    server.start();
    return new Server() {
      @Override
      public URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
      }

      @Override
      public int hits() {
        return hits.get();
      }

      @Override
      public void close() {
        closed.countDown();
        server.stop(0);
        threads.shutdownNow();
      }
    };
  }
}
