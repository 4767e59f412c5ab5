package ai.segments.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Iterates 100,000 samples (100 pages of 1000) from a stub server in a child JVM capped at 64 MB of
 * heap: {@link SegmentsClient#streamSamples} must hold one page at a time.
 */
class StreamingMemoryTest {

  static final int PAGES = 100;
  static final int PER_PAGE = 1000;

  @Test
  void iterates100000SamplesWithin64MegabytesOfHeap() throws Exception {
    byte[] page = page();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/datasets/jane/flowers/samples/",
        exchange -> {
          try (exchange) {
            int number = pageNumber(exchange.getRequestURI());
            byte[] body =
                (number <= PAGES)
                    ? page
                    : "{\"detail\": \"Invalid page.\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders((number <= PAGES) ? 200 : 404, body.length);
            exchange.getResponseBody().write(body);
          }
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
      Process child =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx64m",
                  "-cp",
                  System.getProperty("java.class.path"),
                  IterateSamples.class.getName(),
                  url)
              .redirectErrorStream(true)
              .start();
      String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(child.exitValue()).as(output).isZero();
      assertThat(output).contains("samples=" + PAGES * PER_PAGE);
    } finally {
      server.stop(0);
    }
  }

  private static int pageNumber(URI uri) {
    Matcher page = Pattern.compile("(?:^|&)page=(\\d+)").matcher(uri.getRawQuery());
    return page.find() ? Integer.parseInt(page.group(1)) : 1;
  }

  /** One page of 1000 small image samples, about 300 KB. */
  private static byte[] page() {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < PER_PAGE; i++) {
      json.append((i == 0) ? "" : ",")
          .append("{\"uuid\": \"")
          .append(new java.util.UUID(7, i))
          .append("\", \"name\": \"sample-")
          .append(i)
          .append(".jpg\", \"attributes\": {\"image\": {\"url\": \"https://example.com/")
          .append(i)
          .append(".jpg\"}}, \"metadata\": {}, \"created_at\": \"2024-03-18T10:21:07.123456Z\",")
          .append(" \"created_by\": \"jane\", \"priority\": 0}");
    }
    return json.append(']').toString().getBytes(StandardCharsets.UTF_8);
  }

  /** The child process: streams every sample and prints how many it saw. */
  public static final class IterateSamples {

    private IterateSamples() {}

    /**
     * Streams the samples of {@code jane/flowers}.
     *
     * @param args the API URL
     */
    public static void main(String[] args) {
      SegmentsClient client = SegmentsClient.builder().apiKey("memory-key").apiUrl(args[0]).build();
      long count = client.streamSamples("jane/flowers").filter(s -> s.name() != null).count();
      System.out.println("samples=" + count);
    }
  }
}
