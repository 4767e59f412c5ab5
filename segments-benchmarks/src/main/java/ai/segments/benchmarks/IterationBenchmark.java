package ai.segments.benchmarks;

import ai.segments.client.SegmentsClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Iterating 100,000 samples with {@link SegmentsClient#streamSamples(String)} in a child JVM whose
 * heap is capped at {@value #HEAP}: 100 pages of 1000 image samples (about 0.9 MB each) from a
 * {@link LoopbackServer}, then {@code Invalid page.}. The child reports the time, the peak heap
 * occupancy and the most heap still in use after a garbage collection (the live set).
 */
final class IterationBenchmark {

  static final String HEAP = "-Xmx64m";
  static final int PAGES = 100;
  static final int PER_PAGE = 1000;
  static final String DATASET = "jane/flowers";

  private IterationBenchmark() {}

  static HeapCappedChild.Result run() throws IOException, InterruptedException {
    LoopbackServer.Response page = LoopbackServer.Response.json(200, page());
    LoopbackServer.Response invalid =
        LoopbackServer.Response.json(
            404, "{\"detail\": \"Invalid page.\"}".getBytes(StandardCharsets.UTF_8));
    Pattern pageNumber = Pattern.compile("[?&]page=(\\d+)");
    try (LoopbackServer server =
        LoopbackServer.start(
            request -> {
              Matcher m = pageNumber.matcher(request.path());
              return (m.find() && Integer.parseInt(m.group(1)) > PAGES) ? invalid : page;
            })) {
      return HeapCappedChild.run(HEAP, Duration.ofMinutes(5), "iterate", server.baseUrl(), DATASET);
    }
  }

  /** The child process: streams every sample and prints what it measured. */
  static void child(String baseUrl, String dataset) {
    AtomicLong maxLive = HeapCappedChild.watchLiveHeap();
    SegmentsClient client =
        SegmentsClient.builder().apiKey(Benchmarks.API_KEY).apiUrl(baseUrl).build();
    long start = System.nanoTime();
    long samples = client.streamSamples(dataset).filter(s -> s.name() != null).count();
    double seconds = (System.nanoTime() - start) / 1e9;
    HeapCappedChild.report(System.out, samples, seconds, maxLive);
  }

  /** A page of 1000 image samples from the example sample, each with its own name and uuid. */
  private static byte[] page() {
    ObjectMapper json = new ObjectMapper();
    try {
      ObjectNode template = (ObjectNode) json.readTree(Payloads.bytes(Payloads.SAMPLE));
      ArrayNode page = json.createArrayNode();
      for (int i = 0; i < PER_PAGE; i++) {
        ObjectNode sample = template.deepCopy();
        sample.put("uuid", new UUID(42, i).toString());
        sample.put("name", "sample-" + i + ".jpg");
        page.add(sample);
      }
      return json.writeValueAsBytes(page);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
