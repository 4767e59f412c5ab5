package ai.segments.integration.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.segments.client.SegmentsClient;
import ai.segments.client.exception.SegmentsException;
import ai.segments.client.model.AnnotationType;
import ai.segments.client.model.Dataset;
import ai.segments.client.model.ImageSampleAttributes;
import ai.segments.client.model.ImageVectorLabelAttributes;
import ai.segments.client.model.Sample;
import ai.segments.client.model.TaskType;
import ai.segments.client.model.Url;
import ai.segments.client.model.VectorAnnotation;
import ai.segments.client.request.AddDatasetRequest;
import ai.segments.client.request.AddSampleRequest;
import ai.segments.emulator.Seed;
import ai.segments.emulator.SegmentsEmulator;
import ai.segments.emulator.SegmentsEmulatorExtension;
import ai.segments.testfixtures.TeamSeedFile;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The shared fixture of the client tests: one emulator per test class (the demo seed plus the
 * {@link TeamSeedFile} users jane, john, mary and organization acme-robotics) and strict {@link
 * SegmentsClient}s talking to it over real sockets. Register it on a static field:
 *
 * <pre>{@code
 * @RegisterExtension static final ClientFixture FIXTURE = new ClientFixture();
 * }</pre>
 *
 * <p>Like {@link SegmentsEmulatorExtension}, fault rules and the request log are cleared before
 * each test; data persists across the tests of a class, so tests create uniquely named datasets.
 */
final class ClientFixture implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

  static final String JANE = "jane-key";
  static final String JOHN = "john-key";
  static final String MARY = "mary-key";

  /** The datasets of the demo seed. */
  static final List<String> DEMO_DATASETS =
      List.of(
          "demo/street-scenes",
          "demo/flowers",
          "demo/greenhouse-video",
          "demo/lidar-frames",
          "demo/lidar-scenes",
          "demo/lidar-segmentation",
          "demo/multisensor-drives");

  /** A name with every character that needs escaping somewhere in a URL. */
  static final String HOSTILE = "a b/c?d#e%f&g+h";

  /** Non-ASCII names: a Latin-1 letter and an emoji outside the Basic Multilingual Plane. */
  static final List<String> HOSTILE_NAMES = List.of(HOSTILE, "ü-umlaut", "rocket-\uD83D\uDE80");

  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final SegmentsEmulatorExtension extension;
  private final Map<String, SegmentsClient> clients = new ConcurrentHashMap<>();

  ClientFixture() {
    this(UnaryOperator.identity());
  }

  /** A fixture whose emulator builder is adjusted, e.g. with a shorter release delay. */
  ClientFixture(UnaryOperator<SegmentsEmulator.Builder> customizer) {
    this.extension =
        new SegmentsEmulatorExtension(
            customizer.apply(
                SegmentsEmulator.builder().seed(Seed.DEMO).seedFile(TeamSeedFile.path())));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    extension.beforeAll(context);
    clients.clear();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    clients.clear();
    extension.afterAll(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    extension.beforeEach(context);
  }

  SegmentsEmulator emulator() {
    return extension.emulator();
  }

  /** The strict client of the demo user. */
  SegmentsClient demo() {
    return client(SegmentsEmulator.DEMO_API_KEY);
  }

  /** A strict client sending {@code apiKey}; one per key and emulator. */
  SegmentsClient client(String apiKey) {
    return clients.computeIfAbsent(apiKey, key -> builder(key).build());
  }

  /** A strict client builder pointed at the emulator, for clients with other settings. */
  SegmentsClient.Builder builder(String apiKey) {
    return SegmentsClient.builder()
        .apiKey(apiKey)
        .apiUrl(emulator().baseUrl())
        .strictValidation(true)
        .readTimeout(Duration.ofSeconds(10));
  }

  /** A name not used before in this JVM. */
  static String unique(String prefix) {
    return prefix + "-" + COUNTER.incrementAndGet();
  }

  /** Creates a uniquely named, private vector dataset owned by the client's user. */
  static Dataset vectorDataset(SegmentsClient client, String prefix) {
    return client.addDataset(
        AddDatasetRequest.builder(unique(prefix)).taskType(TaskType.VECTOR).build());
  }

  static ImageSampleAttributes image(String name) {
    return new ImageSampleAttributes(Url.of("https://example.com/" + name + ".jpg"));
  }

  static AddSampleRequest sample(String name) {
    return AddSampleRequest.of(name, image(name));
  }

  /** Adds image samples with these names, in one bulk request. */
  static List<Sample> addSamples(SegmentsClient client, String dataset, List<String> names) {
    return client.addSamples(dataset, names.stream().map(ClientFixture::sample).toList());
  }

  /** Vector label attributes with one bounding box whose corner is at {@code x}. */
  static ImageVectorLabelAttributes box(double x) {
    return new ImageVectorLabelAttributes(
        List.of(
            new VectorAnnotation(
                1,
                1,
                AnnotationType.BBOX,
                List.of(List.of(x, 2.0), List.of(x + 10, 20.0)),
                null,
                null,
                null,
                null)),
        null,
        null,
        "0.1");
  }

  /**
   * Asserts that a call fails with {@code type}: answered by the emulator with {@code status}, or
   * rejected by the client before sending anything when {@code status} is 0.
   */
  static <T extends SegmentsException> T fails(Class<T> type, int status, ThrowingCallable call) {
    T failure = catchThrowableOfType(type, call);
    assertThat(failure).as("expected %s", type.getSimpleName()).isNotNull();
    if (status == 0) {
      assertThat(failure.statusCode()).as("rejected before sending").isEmpty();
    } else {
      assertThat(failure.statusCode()).hasValue(status);
    }
    return failure;
  }

  /** GETs a URL without credentials, like a browser following a signed URL. */
  static byte[] download(String url) {
    try {
      HttpResponse<byte[]> response =
          HTTP.send(
              HttpRequest.newBuilder(URI.create(url)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      assertThat(response.statusCode()).as("GET %s", url).isEqualTo(200);
      return response.body();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      throw interrupted(e);
    }
  }

  /**
   * Fetches a value again every 50 ms until it is {@code done}, for at most 5 seconds.
   *
   * @return the last value fetched, done or not
   */
  static <T> T await(Supplier<T> fetch, Predicate<T> done) {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    T value = fetch.get();
    while (!done.test(value) && System.nanoTime() < deadline) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        throw interrupted(e);
      }
      value = fetch.get();
    }
    return value;
  }

  private static IllegalStateException interrupted(InterruptedException e) {
    Thread.currentThread().interrupt();
    return new IllegalStateException(e);
  }
}
