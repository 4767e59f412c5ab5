package ai.segments.benchmarks;

import ai.segments.client.SegmentsBulkImporter;
import ai.segments.client.SegmentsClient;
import ai.segments.client.bulk.BulkImportSummary;
import ai.segments.client.request.AddSampleRequest;
import ai.segments.emulator.Seed;
import ai.segments.emulator.SegmentsEmulator;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Bulk import of {@value #SAMPLES} samples into the emulator with {@link SegmentsBulkImporter}, in
 * chunks of {@value SegmentsBulkImporter#DEFAULT_CHUNK_SIZE}, at several concurrencies. Every bulk
 * request is held for {@link #LATENCY} before the emulator processes it — the round trip and server
 * work of the real API — so that, on a small machine, waiting and not the emulator's CPU is what
 * concurrency overlaps.
 */
final class BulkImportBenchmark {

  static final int SAMPLES = 50_000;
  static final Duration LATENCY = Duration.ofMillis(50);

  private BulkImportBenchmark() {}

  /** Samples per second per concurrency, each into a fresh dataset. */
  static Map<Integer, BulkImportSummary> run(List<Integer> concurrencies, int samples) {
    Map<Integer, BulkImportSummary> results = new LinkedHashMap<>();
    try (SegmentsEmulator emulator = SegmentsEmulator.builder().seed(Seed.NONE).build().start()) {
      SegmentsClient client =
          SegmentsClient.builder().apiKey(emulator.apiKey()).apiUrl(emulator.baseUrl()).build();
      emulator.faults().forOperation("addSamples").delay(LATENCY);
      for (int concurrency : concurrencies) {
        String dataset = client.addDataset("bulk-" + concurrency).fullName();
        SegmentsBulkImporter importer =
            SegmentsBulkImporter.builder(client)
                .concurrency(concurrency)
                .logInterval(Duration.ofMinutes(10))
                .build();
        BulkImportSummary summary = importer.importSamples(dataset, samples(samples));
        if (summary.created() != samples) {
          throw new IllegalStateException("Bulk import at " + concurrency + ": " + summary);
        }
        results.put(concurrency, summary);
        emulator.requestLog().clear();
      }
    }
    return results;
  }

  private static Stream<AddSampleRequest> samples(int count) {
    return IntStream.range(0, count).mapToObj(BulkImportBenchmark::sample);
  }

  /**
   * One sample of a benchmark import: an image URL and a little metadata.
   *
   * @param index the sample's number, which names it
   * @return the request
   */
  static AddSampleRequest sample(int index) {
    return AddSampleRequest.builder(
            "frame-" + index + ".jpg",
            Map.of("image", Map.of("url", "https://example.com/frames/" + index + ".jpg")))
        .metadata(Map.of("sequence", index / 100, "camera", "front"))
        .build();
  }
}
