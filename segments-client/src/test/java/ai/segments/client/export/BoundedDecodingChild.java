package ai.segments.client.export;

import ai.segments.client.SegmentsClient;
import ai.segments.client.bitmap.ImageReaders;
import ai.segments.client.exception.ValidationException;
import ai.segments.client.model.LabelStatus;
import ai.segments.client.release.ReleaseLabel;
import ai.segments.client.release.ReleaseSample;
import ai.segments.testfixtures.HostileImages;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;

/**
 * The child JVM of {@link BoundedDecodingChildJvmTest}, run with a 256 MB heap: label bitmaps that
 * are decompression bombs are refused and a 500 MB image is measured, through the export's media
 * downloads over loopback HTTP. Prints one line per case and exits 0 when every case behaved.
 */
final class BoundedDecodingChild {

  /** The image data of the huge image: 500 MB, streamed, never held. */
  static final long HUGE_IMAGE_DATA = 500L * 1024 * 1024;

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private BoundedDecodingChild() {}

  public static void main(String[] args) throws IOException {
    long started = System.nanoTime();
    HttpServer server = startMediaServer();
    System.out.println("server up after " + (System.nanoTime() - started) / 1_000_000 + " ms");
    String origin = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    // The client's API origin is the media server: downloads from it are the API's own.
    try (SegmentsClient client = SegmentsClient.builder().apiKey("child").apiUrl(origin).build()) {
      ClientSampleMedia media =
          new ClientSampleMedia(client, true, ImageReaders.DEFAULT_MAX_PIXELS);
      System.out.println("max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
      for (String bomb : new String[] {"bomb-12000.png", "bomb-8000.png"}) {
        try {
          media.bitmap(sample(bomb, origin + "small.png", origin + bomb));
          System.out.println("decoded " + bomb);
          System.exit(1);
        } catch (ValidationException ex) {
          System.out.println(
              "refused "
                  + bomb
                  + " after "
                  + (System.nanoTime() - started) / 1_000_000
                  + " ms: "
                  + ex.getMessage());
        }
      }
      long start = System.nanoTime();
      Optional<ImageSize> size = media.imageSize(sample("huge.png", origin + "huge.png", ""));
      System.out.println(
          "measured huge.png: "
              + size.map(s -> s.width() + "x" + s.height()).orElse("no size")
              + " in "
              + (System.nanoTime() - start) / 1_000_000
              + " ms");
    } finally {
      server.stop(0);
    }
  }

  /**
   * The loopback server of the hostile media: two bombs and a 500 MB PNG generated while it is
   * sent. (Kept in this one method: the client reaches it as its own API origin, which a download
   * policy refusing other loopback hosts still allows.)
   */
  static HttpServer startMediaServer() throws IOException {
    Map<String, byte[]> small =
        Map.of(
            "/bomb-12000.png", HostileImages.zeroPng(12000, 12000),
            "/bomb-8000.png", HostileImages.zeroPng(8000, 8000));
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (path.equals("/huge.png")) {
              exchange.sendResponseHeaders(200, HostileImages.hugePngLength(HUGE_IMAGE_DATA));
              try (OutputStream body = exchange.getResponseBody()) {
                HostileImages.writeHugePng(20000, 25000, HUGE_IMAGE_DATA, body);
              }
            } else {
              send(exchange, small.get(path));
            }
          }
        });
    server.start();
    return server;
  }

  private static void send(HttpExchange exchange, byte[] content) throws IOException {
    if (content == null) {
      exchange.sendResponseHeaders(404, -1);
      return;
    }
    exchange.getResponseHeaders().set("Content-Type", "image/png");
    exchange.sendResponseHeaders(200, content.length);
    try (OutputStream body = exchange.getResponseBody()) {
      body.write(content);
    }
  }

  private static ReleaseSample sample(String name, String imageUrl, String bitmapUrl) {
    ObjectNode attributes = NODES.objectNode();
    attributes.putObject("image").put("url", imageUrl);
    ObjectNode label = NODES.objectNode();
    label.putObject("attributes").putObject("segmentation_bitmap").put("url", bitmapUrl);
    return new ReleaseSample(
        "uuid-" + name,
        name,
        null,
        attributes,
        Map.of(),
        new ReleaseLabel(LabelStatus.LABELED, null, label));
  }
}
