package ai.segments.benchmarks;

import ai.segments.client.SegmentsClient;
import ai.segments.client.model.LabelStatus;
import ai.segments.client.release.ReleaseDataset;
import ai.segments.client.release.ReleaseDatasets;
import ai.segments.client.release.ReleaseSample;
import ai.segments.client.release.ReleaseSelection;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Opening and iterating a release of {@value #SAMPLES} samples in a child JVM whose heap is capped
 * at {@value #HEAP}: the child gets the release from a loopback server ({@code getRelease}),
 * downloads its file (about 330 MB: image samples with metadata, a vector label with a box in
 * {@code ground-truth}, {@code null} in a second labelset) streamed to disk, and iterates every
 * sample with its typed attributes and label, filtered by label status. It reports the time, the
 * peak heap occupancy and the largest live heap after a GC.
 */
final class ReleaseIterationBenchmark {

  static final String HEAP = "-Xmx256m";
  static final int SAMPLES = 1_000_000;
  static final String DATASET = "jane/flowers";

  private ReleaseIterationBenchmark() {}

  static HeapCappedChild.Result run() throws IOException, InterruptedException {
    return run(SAMPLES);
  }

  /** Runs the benchmark on a release of the given size. */
  static HeapCappedChild.Result run(int samples) throws IOException, InterruptedException {
    Path file = Files.createTempFile("segments-release-benchmark-", ".json");
    try {
      writeReleaseFile(file, samples);
      System.err.printf(
          Locale.ROOT,
          "release file: %d samples, %.1f MB%n",
          samples,
          Files.size(file) / 1048576.0);
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
      byte[] release =
          ("{\"uuid\": \"r-1\", \"name\": \"v1\", \"description\": \"\", \"release_type\": \"JSON\","
                  + " \"attributes\": {\"url\": \""
                  + base
                  + "files/release.json\"}, \"status\": \"SUCCEEDED\","
                  + " \"created_at\": \"2026-01-05T10:00:00Z\", \"samples_count\": "
                  + samples
                  + "}")
              .getBytes(StandardCharsets.UTF_8);
      server.createContext(
          "/datasets/",
          exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, release.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(release);
            }
          });
      server.createContext(
          "/files/",
          exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, Files.size(file));
            try (OutputStream out = exchange.getResponseBody()) {
              Files.copy(file, out);
            }
          });
      server.start();
      try {
        return HeapCappedChild.run(HEAP, Duration.ofMinutes(15), "iterate-release", base, DATASET);
      } finally {
        server.stop(0);
      }
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** The child process: opens the release, iterates it and prints what it measured. */
  static void child(String baseUrl, String dataset) throws IOException {
    AtomicLong maxLive = HeapCappedChild.watchLiveHeap();
    SegmentsClient client =
        SegmentsClient.builder().apiKey(Benchmarks.API_KEY).apiUrl(baseUrl).build();
    long start = System.nanoTime();
    ReleaseSelection selection =
        ReleaseSelection.all().filterBy(LabelStatus.LABELED, LabelStatus.REVIEWED);
    long samples;
    try (ReleaseDataset release =
            ReleaseDatasets.builder(client).build().open(dataset, "v1", selection);
        Stream<ReleaseSample> stream = release.samples()) {
      samples =
          stream.filter(s -> s.attributes() != null && s.label().attributes() != null).count();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    HeapCappedChild.report(System.out, samples, seconds, maxLive);
  }

  /**
   * Writes the release file with a streaming generator: every other sample LABELED, else REVIEWED.
   */
  private static void writeReleaseFile(Path file, int samples) throws IOException {
    try (JsonGenerator json = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
      json.writeStartObject();
      json.writeStringField("name", "v1");
      json.writeStringField("description", "benchmark");
      json.writeStringField("created_at", "2026-01-05T10:00:00Z");
      json.writeObjectFieldStart("dataset");
      json.writeStringField("name", "flowers");
      json.writeStringField("owner", "jane");
      json.writeStringField("task_type", "vector");
      json.writeObjectFieldStart("task_attributes");
      json.writeStringField("format_version", "0.1");
      json.writeArrayFieldStart("categories");
      json.writeStartObject();
      json.writeNumberField("id", 1);
      json.writeStringField("name", "flower");
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
      json.writeArrayFieldStart("labelsets");
      for (String labelset : new String[] {"ground-truth", "predictions"}) {
        json.writeStartObject();
        json.writeStringField("name", labelset);
        json.writeStringField("description", "");
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeArrayFieldStart("samples");
      for (int i = 0; i < samples; i++) {
        writeSample(json, i);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
    }
  }

  private static void writeSample(JsonGenerator json, int i) throws IOException {
    json.writeStartObject();
    json.writeStringField("uuid", new UUID(42, i).toString());
    json.writeStringField("name", "sample-" + i + ".jpg");
    json.writeObjectFieldStart("attributes");
    json.writeObjectFieldStart("image");
    json.writeStringField("url", "https://example.com/images/sample-" + i + ".jpg");
    json.writeEndObject();
    json.writeEndObject();
    json.writeObjectFieldStart("metadata");
    json.writeStringField("weather", (i % 2 == 0) ? "sunny" : "rain");
    json.writeNumberField("camera", i % 4);
    json.writeEndObject();
    json.writeObjectFieldStart("labels");
    json.writeObjectFieldStart("ground-truth");
    json.writeStringField("label_status", (i % 2 == 0) ? "LABELED" : "REVIEWED");
    json.writeObjectFieldStart("attributes");
    json.writeStringField("format_version", "0.1");
    json.writeArrayFieldStart("annotations");
    json.writeStartObject();
    json.writeNumberField("id", 1);
    json.writeNumberField("category_id", 1);
    json.writeStringField("type", "bbox");
    json.writeFieldName("points");
    json.writeStartArray();
    json.writeArray(new double[] {i % 500, 10.5}, 0, 2);
    json.writeArray(new double[] {i % 500 + 40, 60.25}, 0, 2);
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.writeStringField("created_at", "2026-01-05T10:00:00Z");
    json.writeEndObject();
    json.writeNullField("predictions");
    json.writeEndObject();
    json.writeEndObject();
  }
}
