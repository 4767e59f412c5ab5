package ai.segments.integration.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ai.segments.client.SegmentsClient;
import ai.segments.client.exception.SegmentsException;
import ai.segments.client.model.Asset;
import ai.segments.client.model.Sample;
import ai.segments.client.paging.SampleQuery;
import ai.segments.client.request.UpdateSampleRequest;
import ai.segments.emulator.FaultRule;
import ai.segments.emulator.Seed;
import ai.segments.emulator.SegmentsEmulator;
import ai.segments.emulator.SegmentsEmulatorExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault matrix of {@code RELIABILITY.md}: every operation class under every injected fault,
 * over real sockets against the emulator, through a {@link SegmentsClient} with the
 * auto-configuration's retry interceptor (4 attempts, back-offs recorded instead of slept).
 *
 * <p>Each cell asserts the outcome the client reports and the emulator's final state against the
 * fault matrix table of {@code RELIABILITY.md} (the single source of truth: the document cannot
 * drift from the tests), and the invariants behind them: nothing is ever duplicated, a success
 * always left its effect, and a failure whose create did happen says that it may have. The observed
 * table is written to {@code target/fault-matrix.md}.
 */
class FaultMatrixTest {

  @RegisterExtension
  static final SegmentsEmulatorExtension EMULATOR =
      new SegmentsEmulatorExtension(SegmentsEmulator.builder().seed(Seed.NONE));

  private static final String DATASET = "demo/fault-matrix";
  private static final Map<String, Object> IMAGE =
      Map.of("image", Map.of("url", "https://example.com/flower.jpg"));
  private static final byte[] ASSET = "not really a png".getBytes(StandardCharsets.UTF_8);
  private static final Map<String, String> OBSERVED = new ConcurrentHashMap<>();

  private final ReliabilityClients clients = new ReliabilityClients();

  @BeforeAll
  static void dataset(SegmentsEmulator emulator) {
    ReliabilityClients.plain(emulator).addDataset("fault-matrix");
  }

  static Stream<Arguments> cells() {
    return Stream.of(OperationClass.values())
        .flatMap(op -> Stream.of(Fault.values()).map(fault -> Arguments.of(op, fault)));
  }

  @ParameterizedTest(name = "{0} × {1}")
  @MethodSource("cells")
  void cell(OperationClass op, Fault fault, SegmentsEmulator emulator) {
    SegmentsClient plain = ReliabilityClients.plain(emulator);
    SegmentsClient client = this.clients.retrying(emulator);
    String id = (op.name() + "-" + fault.name()).toLowerCase().replace('_', '-');
    Sample fixture = op.needsSample ? plain.addSample(DATASET, id + "-fixture", IMAGE) : null;
    this.clients.reset();
    fault.effect.apply(emulator.faults().forOperation(op.operation)).times(1);

    Object[] result = new Object[1];
    Throwable failure = catchThrowable(() -> result[0] = act(op, client, fixture, id));
    emulator.faults().clear();
    String outcome = outcome(failure, this.clients.attempts(op.operation), lookups(op));
    String state = state(op, plain, fixture, id, result[0]);
    String observed = outcome + " · " + state;
    OBSERVED.put(FaultMatrix.key(op, fault), observed);

    assertThat(state).doesNotContain("duplicated");
    if (failure == null) {
      assertThat(state).isIn("unchanged", "updated", "created once", "deleted", "stored");
    } else if (state.equals("created once") && op.creates) {
      assertThat(((SegmentsException) failure).mayHaveBeenApplied()).isTrue();
    }
    assertThat(observed)
        .as("the cell of RELIABILITY.md (target/fault-matrix.md has every observed cell)")
        .isEqualTo(FaultMatrix.expected().get(FaultMatrix.key(op, fault)));
  }

  @AfterAll
  static void writeTable() throws IOException {
    Path table = Path.of("target", "fault-matrix.md");
    Files.createDirectories(table.getParent());
    Files.writeString(table, FaultMatrix.markdown(OBSERVED));
  }

  private int lookups(OperationClass op) {
    return (op.lookup == null) ? 0 : this.clients.attempts(op.lookup);
  }

  private static Object act(OperationClass op, SegmentsClient client, Sample fixture, String id) {
    return switch (op) {
      case READ -> client.getSample(fixture.uuid());
      case UPDATE ->
          client.updateSample(fixture.uuid(), UpdateSampleRequest.builder().priority(7).build());
      case CREATE -> client.addSample(DATASET, id, IMAGE);
      case CREATE_UNNAMED -> client.addIssue(fixture.uuid(), id);
      case BULK_CREATE ->
          client.addSamples(
              DATASET,
              bulkNames(id).stream()
                  .map(name -> Map.of("name", name, "attributes", IMAGE))
                  .toList());
      case DELETE -> {
        client.deleteSample(fixture.uuid());
        yield null;
      }
      case UPLOAD -> client.uploadAsset(ASSET, id + ".png");
    };
  }

  private static List<String> bulkNames(String id) {
    return List.of(id + "-1", id + "-2", id + "-3");
  }

  /** What the client reported: success (after retries or a lookup) or the typed exception. */
  static String outcome(Throwable failure, int attempts, int lookups) {
    String tries = (attempts > 1) ? " (" + attempts + " attempts)" : "";
    if (failure == null && lookups > 0) {
      return (attempts > 1) ? "ok: not found by name, retried" + tries : "ok: found by name";
    }
    if (failure == null) {
      return "ok" + tries;
    }
    SegmentsException ex = (SegmentsException) failure;
    String status = ex.statusCode().isPresent() ? " " + ex.statusCode().getAsInt() : "";
    String flag =
        ex.mayHaveBeenApplied()
            ? " (may have happened)"
            : ex.isSafeToRetry() ? " (safe to retry)" : "";
    return ex.getClass().getSimpleName() + status + flag + tries;
  }

  private static String state(
      OperationClass op, SegmentsClient plain, Sample fixture, String id, Object result) {
    return switch (op) {
      case READ ->
          plain.getSample(fixture.uuid()).name().equals(fixture.name()) ? "unchanged" : "changed";
      case UPDATE -> plain.getSample(fixture.uuid()).priority() == 7 ? "updated" : "not updated";
      case CREATE -> created(countSamples(plain, id));
      case CREATE_UNNAMED ->
          created(
              (int)
                  plain.getIssues(DATASET).stream()
                      .filter(issue -> issue.description().equals(id))
                      .count());
      case BULK_CREATE ->
          created(
              bulkNames(id).stream().mapToInt(name -> countSamples(plain, name)).max().orElse(0));
      case DELETE ->
          plain.getSamples(DATASET).stream().anyMatch(s -> s.uuid().equals(fixture.uuid()))
              ? "not deleted"
              : "deleted";
      case UPLOAD -> (result instanceof Asset asset) ? stored(asset) : "no asset";
    };
  }

  private static int countSamples(SegmentsClient plain, String name) {
    return (int)
        plain
            .streamSamples(DATASET, SampleQuery.builder().name(name).build())
            .filter(sample -> sample.name().equals(name))
            .count();
  }

  private static String created(int count) {
    return switch (count) {
      case 0 -> "not created";
      case 1 -> "created once";
      default -> "duplicated " + count + " times";
    };
  }

  private static String stored(Asset asset) {
    try {
      HttpResponse<byte[]> download =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(asset.url())).build(),
                  HttpResponse.BodyHandlers.ofByteArray());
      return Arrays.equals(download.body(), ASSET) ? "stored" : "lost";
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(ex);
    }
  }

  /** The operation classes of the matrix, each by one representative operation. */
  enum OperationClass {
    READ("read", "getSample", null, true, false),
    UPDATE("update", "updateSample", null, true, false),
    CREATE("create, named", "addSample", "getSamples", false, true),
    CREATE_UNNAMED("create, unnamed", "addIssue", null, true, true),
    BULK_CREATE("bulk create", "addSamples", null, false, true),
    DELETE("delete", "deleteSample", null, true, false),
    UPLOAD("upload", "uploadAsset", null, false, true);

    final String label;
    final String operation;
    final String lookup;
    final boolean needsSample;
    final boolean creates;

    OperationClass(
        String label, String operation, String lookup, boolean needsSample, boolean creates) {
      this.label = label;
      this.operation = operation;
      this.lookup = lookup;
      this.needsSample = needsSample;
      this.creates = creates;
    }
  }

  /** The injected faults; each hits the first attempt only. */
  enum Fault {
    THROTTLED_WITH_RETRY_AFTER("429 with Retry-After", rule -> rule.status(429)),
    THROTTLED_WITHOUT_RETRY_AFTER(
        "429 without Retry-After", rule -> rule.status(429).withoutRetryAfter()),
    SERVER_ERROR("500", rule -> rule.status(500)),
    BAD_GATEWAY_HTML("502 with an HTML page", FaultRule::htmlBadGateway),
    UNAVAILABLE("503", rule -> rule.status(503)),
    GATEWAY_TIMEOUT_AFTER_PROCESSING(
        "504 after processing", rule -> rule.afterProcessing().status(504)),
    RESET_AFTER_PROCESSING(
        "connection reset after processing", rule -> rule.afterProcessing().dropConnection()),
    READ_TIMEOUT_AFTER_PROCESSING(
        "read timeout after processing",
        rule -> rule.afterProcessing().delay(ReliabilityClients.BEYOND_READ_TIMEOUT)),
    MALFORMED_JSON("malformed JSON", FaultRule::malformedBody),
    TRUNCATED_BODY("truncated body", FaultRule::truncatedBody),
    EMPTY_BODY("empty 2xx body", FaultRule::emptyBody),
    WRONG_CONTENT_TYPE("wrong content type", FaultRule::wrongContentType);

    final String label;
    final UnaryOperator<FaultRule> effect;

    Fault(String label, UnaryOperator<FaultRule> effect) {
      this.label = label;
      this.effect = effect;
    }

    static Fault byLabel(String label) {
      return Stream.of(values())
          .filter(fault -> fault.label.equals(label))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("No fault '" + label + "'"));
    }
  }

  /** The fault matrix table of {@code RELIABILITY.md}: reads the expected cells, writes one. */
  static final class FaultMatrix {

    static final Path DOCUMENT = Path.of("..", "RELIABILITY.md");
    static final String START = "<!-- fault-matrix:start -->";
    static final String END = "<!-- fault-matrix:end -->";

    private static Map<String, String> expected;

    private FaultMatrix() {}

    static String key(OperationClass op, Fault fault) {
      return op.name() + "|" + fault.name();
    }

    /** The expected cells, by {@link #key}, from the table between the markers. */
    static synchronized Map<String, String> expected() {
      if (expected == null) {
        expected = parse(DOCUMENT);
      }
      return expected;
    }

    private static Map<String, String> parse(Path document) {
      String text;
      try {
        text = Files.readString(document);
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
      String table = text.substring(text.indexOf(START) + START.length(), text.indexOf(END));
      Map<String, String> cells = new ConcurrentHashMap<>();
      for (String line : table.strip().lines().skip(2).toList()) {
        String[] columns = line.split("\\|");
        Fault fault = Fault.byLabel(columns[1].strip());
        for (OperationClass op : OperationClass.values()) {
          cells.put(key(op, fault), columns[op.ordinal() + 2].strip());
        }
      }
      return cells;
    }

    static String markdown(Map<String, String> observed) {
      StringBuilder out = new StringBuilder("| fault |");
      for (OperationClass op : OperationClass.values()) {
        out.append(' ').append(op.label).append(" (`").append(op.operation).append("`) |");
      }
      out.append('\n').append("|---".repeat(OperationClass.values().length + 1)).append("|\n");
      for (Fault fault : Fault.values()) {
        out.append("| ").append(fault.label).append(" |");
        for (OperationClass op : OperationClass.values()) {
          out.append(' ').append(observed.getOrDefault(key(op, fault), "?")).append(" |");
        }
        out.append('\n');
      }
      return out.toString();
    }
  }
}
