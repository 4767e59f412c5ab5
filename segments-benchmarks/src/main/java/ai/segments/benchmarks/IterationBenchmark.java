package ai.segments.benchmarks;

import ai.segments.client.SegmentsClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

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

  /** What the child measured. */
  record Result(long samples, double seconds, double peakHeapMb, double maxLiveMb, int exitCode) {}

  private IterationBenchmark() {}

  static Result run() throws IOException, InterruptedException {
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
      Process child =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  HEAP,
                  "-cp",
                  System.getProperty("java.class.path"),
                  Benchmarks.class.getName(),
                  "iterate",
                  server.baseUrl(),
                  DATASET)
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!child.waitFor(5, TimeUnit.MINUTES)) {
        child.destroyForcibly();
      }
      Matcher m =
          Pattern.compile(
                  "samples=(\\d+) seconds=([\\d.]+) peakHeapMb=([\\d.]+) maxLiveMb=([\\d.]+)")
              .matcher(output);
      if (!m.find()) {
        return new Result(-1, -1, -1, -1, child.exitValue());
      }
      return new Result(
          Long.parseLong(m.group(1)),
          Double.parseDouble(m.group(2)),
          Double.parseDouble(m.group(3)),
          Double.parseDouble(m.group(4)),
          child.exitValue());
    }
  }

  /** The child process: streams every sample and prints what it measured. */
  static void child(String baseUrl, String dataset) {
    AtomicLong maxLive = watchLiveHeap();
    SegmentsClient client =
        SegmentsClient.builder().apiKey(Benchmarks.API_KEY).apiUrl(baseUrl).build();
    long start = System.nanoTime();
    long samples = client.streamSamples(dataset).filter(s -> s.name() != null).count();
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        java.util.Locale.ROOT,
        "samples=%d seconds=%.3f peakHeapMb=%.1f maxLiveMb=%.1f%n",
        samples,
        seconds,
        peak / 1048576.0,
        maxLive.get() / 1048576.0);
  }

  /** Tracks the largest heap occupancy right after a collection. */
  private static AtomicLong watchLiveHeap() {
    AtomicLong max = new AtomicLong();
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ((NotificationEmitter) gc)
          .addNotificationListener(
              (notification, handback) -> {
                GarbageCollectionNotificationInfo info =
                    GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                long used = 0;
                for (Map.Entry<String, MemoryUsage> pool :
                    info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                  if (isHeap(pool.getKey())) {
                    used += pool.getValue().getUsed();
                  }
                }
                max.accumulateAndGet(used, Math::max);
              },
              n ->
                  n.getType()
                      .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION),
              null);
    }
    return max;
  }

  private static boolean isHeap(String poolName) {
    List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans();
    return pools.stream()
        .anyMatch(p -> p.getName().equals(poolName) && p.getType() == MemoryType.HEAP);
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
