package ai.segments.integration.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.client.SegmentsClient;
import ai.segments.client.exception.SegmentsException;
import ai.segments.client.model.Sample;
import ai.segments.emulator.FaultInjector;
import ai.segments.emulator.FaultRule;
import ai.segments.emulator.RecordedRequest;
import ai.segments.emulator.Seed;
import ai.segments.emulator.SegmentsEmulator;
import ai.segments.spring.resilience.SegmentsClock;
import ai.segments.spring.retry.SegmentsRetryInterceptor;
import ai.segments.spring.retry.SegmentsRetrySettings;
import ai.segments.spring.retry.SegmentsRetryTemplates;
import ai.segments.spring.retry.SpringRetrySegmentsRetryOperations;
import ai.segments.spring.retry.ThrottledRetryWait;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Soak: a chunked bulk import of {@code soak.samples} samples (default 1,000; the documented full
 * run uses 10,000) through {@code addSamples}, with about 10% of the bulk requests failing at
 * random (502 page, 503, 500, reset after processing, read timeout after processing, malformed and
 * truncated answers) and the API's rate limit on top. Chunks that still fail after the retry
 * policy's attempts are recorded and imported again in a later pass (the bulk add is idempotent).
 *
 * <p>Asserts: exactly the requested number of distinct samples is stored; every failed attempt is
 * accounted for (each injected fault and each 429 is either a retry or a recorded chunk failure);
 * the import finishes within a bounded number of passes. Prints a summary line.
 *
 * <pre>
 * ./mvnw -B -pl segments-emulator -am verify -Dtest=BulkImportSoakTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dsoak.samples=10000
 * </pre>
 */
class BulkImportSoakTest {

  private static final int SAMPLES = Integer.getInteger("soak.samples", 1_000);
  private static final int CHUNK = 50;
  private static final int MAX_PASSES = 5;
  private static final String DATASET = "demo/soak";
  private static final Map<String, Object> IMAGE =
      Map.of("image", Map.of("url", "https://example.com/soak.jpg"));

  /** What the import did: successful bulk calls, passes, retries and failed chunks by kind. */
  record ImportResult(
      int requested,
      int successfulCalls,
      int passes,
      Map<String, Integer> retriesByReason,
      Map<String, Integer> chunkFailuresByType) {

    int retries() {
      return this.retriesByReason.values().stream().mapToInt(Integer::intValue).sum();
    }

    int chunkFailures() {
      return this.chunkFailuresByType.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  @Test
  void importsEverySampleExactlyOnceUnderFaultsAndThrottling() {
    try (SegmentsEmulator emulator = SegmentsEmulator.builder().seed(Seed.NONE).build().start()) {
      ReliabilityClients.plain(emulator).addDataset("soak");
      List<FaultRule> faults = injectFaults(emulator.faults());
      emulator.rateLimit(20, Duration.ofSeconds(1));
      Map<String, Integer> retries = new ConcurrentHashMap<>();
      ReliabilityClients clients = new ReliabilityClients();
      SegmentsClient client = clients.counting(emulator, retryInterceptor(retries));

      long start = System.nanoTime();
      ImportResult result = runImport(client, retries);
      Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

      emulator.faults().clear();
      emulator.disableRateLimit();
      List<Sample> stored = ReliabilityClients.plain(emulator).streamSamples(DATASET).toList();
      Set<String> names = stored.stream().map(Sample::name).collect(Collectors.toSet());
      int injected = faults.stream().mapToInt(FaultRule::appliedCount).sum();
      int throttled = countThrottled(emulator);
      int failedAttempts = clients.attempts("addSamples") - result.successfulCalls();
      System.out.printf(
          "Soak: %d samples requested, %d stored (%d distinct) in %d passes, %.1f s;"
              + " %d bulk requests, %d injected faults, %d throttled answers,"
              + " %d retries %s, %d chunk failures re-imported %s%n",
          result.requested(),
          stored.size(),
          names.size(),
          result.passes(),
          elapsed.toMillis() / 1000.0,
          emulator.requestLog().count("addSamples"),
          injected,
          throttled,
          result.retries(),
          new TreeMap<>(result.retriesByReason()),
          result.chunkFailures(),
          new TreeMap<>(result.chunkFailuresByType()));

      assertThat(stored).hasSize(SAMPLES);
      assertThat(names).hasSize(SAMPLES).containsAll(sampleNames());
      assertThat(injected).isPositive();
      assertThat(result.retries() + result.chunkFailures()).isEqualTo(failedAttempts);
      assertThat(failedAttempts).isBetween(injected, injected + throttled);
      assertThat(result.passes()).isLessThanOrEqualTo(MAX_PASSES);
    }
  }

  /** About 10% of the bulk requests fail, each rule with its own seed. */
  private static List<FaultRule> injectFaults(FaultInjector faults) {
    return List.of(
        faults.forOperation("addSamples").htmlBadGateway().fraction(0.02, 1),
        faults.forOperation("addSamples").status(503).fraction(0.02, 2),
        faults.forOperation("addSamples").afterProcessing().dropConnection().fraction(0.02, 3),
        faults.forOperation("addSamples").malformedBody().fraction(0.015, 4),
        faults.forOperation("addSamples").truncatedBody().fraction(0.01, 5),
        faults.forOperation("addSamples").status(500).fraction(0.01, 6),
        faults
            .forOperation("addSamples")
            .afterProcessing()
            .delay(ReliabilityClients.BEYOND_READ_TIMEOUT)
            .fraction(0.005, 7));
  }

  /** A retry policy that really waits (short back-offs, the API's Retry-After). */
  private static SegmentsRetryInterceptor retryInterceptor(Map<String, Integer> retries) {
    SegmentsRetrySettings defaults = SegmentsRetrySettings.DEFAULTS;
    SegmentsRetrySettings settings =
        new SegmentsRetrySettings(
            defaults.maxAttempts(),
            Duration.ofMillis(20),
            defaults.multiplier(),
            Duration.ofSeconds(2));
    Random jitter = new Random(42);
    return new SegmentsRetryInterceptor(
        new SpringRetrySegmentsRetryOperations(
            SegmentsRetryTemplates.create(
                settings,
                null,
                ThrottledRetryWait.RETRY_AFTER,
                SegmentsClock.system(),
                jitter::nextDouble)),
        (call, reason) -> retries.merge(reason.tagValue(), 1, Integer::sum));
  }

  /** Imports in chunks; a chunk that fails is recorded and imported again in the next pass. */
  private static ImportResult runImport(SegmentsClient client, Map<String, Integer> retries) {
    List<String> names = sampleNames();
    Deque<List<String>> pending = new ArrayDeque<>();
    for (int from = 0; from < names.size(); from += CHUNK) {
      pending.add(names.subList(from, Math.min(from + CHUNK, names.size())));
    }
    Map<String, Integer> failures = new TreeMap<>();
    int successes = 0;
    int passes = 0;
    while (!pending.isEmpty() && passes < MAX_PASSES) {
      passes++;
      List<List<String>> failed = new ArrayList<>();
      while (!pending.isEmpty()) {
        List<String> chunk = pending.poll();
        try {
          client.addSamples(
              DATASET,
              chunk.stream().map(name -> Map.of("name", name, "attributes", IMAGE)).toList());
          successes++;
        } catch (SegmentsException ex) {
          failures.merge(ex.getClass().getSimpleName(), 1, Integer::sum);
          failed.add(chunk);
        }
      }
      pending.addAll(failed);
    }
    return new ImportResult(names.size(), successes, passes, Map.copyOf(retries), failures);
  }

  private static List<String> sampleNames() {
    return IntStream.range(0, SAMPLES).mapToObj(i -> String.format("soak-%05d.jpg", i)).toList();
  }

  private static int countThrottled(SegmentsEmulator emulator) {
    return (int)
        emulator.requestLog().entries("addSamples").stream()
            .mapToInt(RecordedRequest::status)
            .filter(status -> status == 429)
            .count();
  }
}
