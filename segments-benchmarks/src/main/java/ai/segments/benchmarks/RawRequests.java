package ai.segments.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/** What the hand-written loops share: the headers the client sends and the body encoding. */
final class RawRequests {

  static final String AUTHORIZATION = "APIKey " + Benchmarks.API_KEY;

  static final ObjectMapper MAPPER = new ObjectMapper();

  private RawRequests() {}

  /** The body of a scenario, serialized per call with Jackson and gzipped when asked. */
  static byte[] body(HttpScenario scenario) {
    try {
      byte[] json = MAPPER.writeValueAsBytes(HttpScenario.addSampleBody());
      if (!scenario.gzip) {
        return json;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 2 + 64);
      try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
        gzip.write(json);
      }
      return out.toByteArray();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** Parses a response body into a map, as the raw loops do. */
  static Map<?, ?> parse(byte[] body) {
    try {
      return MAPPER.readValue(body, Map.class);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
