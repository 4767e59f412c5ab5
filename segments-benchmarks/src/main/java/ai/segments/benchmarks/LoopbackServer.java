package ai.segments.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.zip.GZIPInputStream;

/**
 * A minimal HTTP/1.1 server on 127.0.0.1 with keep-alive and {@code TCP_NODELAY}, one thread per
 * connection, answering from a {@link Handler} with pre-encoded responses. It does so little work
 * per request that the client under test, not the server, sets the pace.
 */
final class LoopbackServer implements AutoCloseable {

  /** A parsed request: method, raw path with query, and the (gunzipped) body. */
  record Request(String method, String path, byte[] body) {}

  /** A complete HTTP response, status line to body, encoded once. */
  static final class Response {
    private final byte[] bytes;

    private Response(byte[] bytes) {
      this.bytes = bytes;
    }

    /** A JSON response. */
    static Response json(int status, byte[] body) {
      String head =
          "HTTP/1.1 "
              + status
              + ((status < 300) ? " OK" : " Error")
              + "\r\nContent-Type: application/json\r\nContent-Length: "
              + body.length
              + "\r\n\r\n";
      byte[] headBytes = head.getBytes(StandardCharsets.US_ASCII);
      byte[] all = new byte[headBytes.length + body.length];
      System.arraycopy(headBytes, 0, all, 0, headBytes.length);
      System.arraycopy(body, 0, all, headBytes.length, body.length);
      return new Response(all);
    }
  }

  /** Answers one request. */
  @FunctionalInterface
  interface Handler {
    Response handle(Request request) throws IOException;
  }

  private final ServerSocket socket;
  private final Handler handler;
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "loopback-server");
            thread.setDaemon(true);
            return thread;
          });

  private final java.util.concurrent.atomic.AtomicInteger connections =
      new java.util.concurrent.atomic.AtomicInteger();

  private LoopbackServer(ServerSocket socket, Handler handler) {
    this.socket = socket;
    this.handler = handler;
  }

  /** Starts a server on a free port. */
  static LoopbackServer start(Handler handler) {
    try {
      ServerSocket socket = new ServerSocket(0, 128, InetAddress.getLoopbackAddress());
      LoopbackServer server = new LoopbackServer(socket, handler);
      server.threads.execute(server::acceptLoop);
      return server;
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** The base URL, ending in {@code /}. */
  String baseUrl() {
    return "http://127.0.0.1:" + this.socket.getLocalPort() + "/";
  }

  /** How many connections were accepted so far: a pooling client opens one per thread. */
  int connections() {
    return this.connections.get();
  }

  private void acceptLoop() {
    while (!this.socket.isClosed()) {
      try {
        Socket connection = this.socket.accept();
        connection.setTcpNoDelay(true);
        this.connections.incrementAndGet();
        this.threads.execute(() -> serve(connection));
      } catch (IOException ex) {
        return;
      }
    }
  }

  private void serve(Socket connection) {
    try (connection) {
      RequestReader in = new RequestReader(connection.getInputStream());
      OutputStream out = connection.getOutputStream();
      Request request;
      while ((request = in.next()) != null) {
        out.write(this.handler.handle(request).bytes);
        out.flush();
      }
    } catch (EOFException | SocketException ex) {
      // the client closed the connection
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  @Override
  public void close() {
    try {
      this.socket.close();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    } finally {
      this.threads.shutdownNow();
    }
  }

  /** Reads requests from a connection through its own buffer. */
  private static final class RequestReader {
    private final InputStream in;
    private final byte[] buffer = new byte[16 * 1024];
    private int position;
    private int limit;

    RequestReader(InputStream in) {
      this.in = in;
    }

    Request next() throws IOException {
      String requestLine = line();
      if (requestLine == null) {
        return null;
      }
      int contentLength = 0;
      boolean gzip = false;
      String header;
      while (!(header = line()).isEmpty()) {
        int colon = header.indexOf(':');
        String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = header.substring(colon + 1).trim();
        if (name.equals("content-length")) {
          contentLength = Integer.parseInt(value);
        } else if (name.equals("content-encoding")) {
          gzip = value.equalsIgnoreCase("gzip");
        }
      }
      byte[] body = bytes(contentLength);
      if (gzip) {
        try (InputStream unzip = new GZIPInputStream(new ByteArrayInputStream(body))) {
          body = unzip.readAllBytes();
        }
      }
      int firstSpace = requestLine.indexOf(' ');
      int secondSpace = requestLine.indexOf(' ', firstSpace + 1);
      return new Request(
          requestLine.substring(0, firstSpace),
          requestLine.substring(firstSpace + 1, secondSpace),
          body);
    }

    private String line() throws IOException {
      StringBuilder line = new StringBuilder(64);
      while (true) {
        if (this.position == this.limit && !fill()) {
          if (line.length() == 0) {
            return null;
          }
          throw new EOFException();
        }
        byte b = this.buffer[this.position++];
        if (b == '\n') {
          int end = line.length();
          return (end > 0 && line.charAt(end - 1) == '\r')
              ? line.substring(0, end - 1)
              : line.toString();
        }
        line.append((char) b);
      }
    }

    private byte[] bytes(int length) throws IOException {
      byte[] body = new byte[length];
      int read = 0;
      while (read < length) {
        if (this.position == this.limit && !fill()) {
          throw new EOFException();
        }
        int chunk = Math.min(length - read, this.limit - this.position);
        System.arraycopy(this.buffer, this.position, body, read, chunk);
        this.position += chunk;
        read += chunk;
      }
      return body;
    }

    private boolean fill() throws IOException {
      int n = this.in.read(this.buffer);
      if (n <= 0) {
        return false;
      }
      this.position = 0;
      this.limit = n;
      return true;
    }
  }
}
