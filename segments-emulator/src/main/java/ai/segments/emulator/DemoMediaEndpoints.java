package ai.segments.emulator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The demo's media, served by the emulator itself under {@code /demo-media/} (no API key, like the
 * object storage): for a demo sample {@code i} of dataset {@code d}, its image {@code d/i.png}, the
 * frames of a sequence {@code d/i/frame-f.png} and its label bitmap {@code d/i/label.png}, all
 * drawn from the same {@link DemoScene} as the seed's labels. Generated on first request and kept
 * in a small cache ({@value #CACHED} pictures, a few MB at most), so starting the emulator costs
 * nothing. Point clouds are not served.
 */
final class DemoMediaEndpoints extends Endpoints {

  /** Path prefix of the demo media, relative to the base URL. */
  static final String MEDIA = "demo-media/";

  private static final int CACHED = 512;
  private static final Pattern PATH =
      Pattern.compile("([a-z0-9-]{1,64})/(\\d{1,4})(?:/(frame-(\\d{1,2})|label))?\\.png");

  private final Map<String, byte[]> cache =
      new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
          return size() > CACHED;
        }
      };

  DemoMediaEndpoints(EmulatorContext ctx) {
    super(ctx);
  }

  /** The URL of a demo sample's image. */
  static String imageUrl(String baseUrl, String dataset, int index) {
    return baseUrl + MEDIA + dataset + "/" + index + ".png";
  }

  /** The URL of a frame of a demo sequence sample. */
  static String frameUrl(String baseUrl, String dataset, int index, int frame) {
    return baseUrl + MEDIA + dataset + "/" + index + "/frame-" + frame + ".png";
  }

  /** The URL of a demo sample's label bitmap. */
  static String bitmapUrl(String baseUrl, String dataset, int index) {
    return baseUrl + MEDIA + dataset + "/" + index + "/label.png";
  }

  @Override
  void register(Router router) {
    router.add("GET", "/" + MEDIA + "{file*}", "demoMedia", this::download, false);
  }

  private ApiResponse download(RoutedRequest request) {
    String file = request.path("file");
    Matcher matcher = PATH.matcher(file);
    if (!matcher.matches()) {
      throw ApiException.notFound();
    }
    return new ApiResponse(200, "image/png", picture(file, matcher));
  }

  private byte[] picture(String file, Matcher matcher) {
    synchronized (cache) {
      byte[] cached = cache.get(file);
      if (cached != null) {
        return cached;
      }
    }
    String kind = matcher.group(3);
    int frame = matcher.group(4) == null ? 0 : Integer.parseInt(matcher.group(4));
    DemoScene scene = DemoScene.of(matcher.group(1), Integer.parseInt(matcher.group(2)), frame);
    byte[] png = "label".equals(kind) ? DemoPictures.bitmap(scene) : DemoPictures.image(scene);
    synchronized (cache) {
      cache.put(file, png);
    }
    return png;
  }
}
