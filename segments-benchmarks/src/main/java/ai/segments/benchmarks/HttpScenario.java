package ai.segments.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

/** The single-call shapes compared between the client and the raw HTTP loops. */
enum HttpScenario {
  GET_DATASET("getDataset", "GET", "datasets/jane/flowers/", false),
  GET_SAMPLE("getSample", "GET", "samples/602a3eec-a61c-4a77-9fcc-3037ce5e9606/", false),
  ADD_SAMPLE_GZIP("addSample (gzip on)", "POST", "datasets/jane/flowers/samples/", true),
  ADD_SAMPLE_PLAIN("addSample (gzip off)", "POST", "datasets/jane/flowers/samples/", false);

  static final String DATASET = "jane/flowers";
  static final String SAMPLE_UUID = "602a3eec-a61c-4a77-9fcc-3037ce5e9606";
  static final String SAMPLE_NAME = "violet.jpg";

  final String label;
  final String method;
  final String path;
  final boolean gzip;

  HttpScenario(String label, String method, String path, boolean gzip) {
    this.label = label;
    this.method = method;
    this.path = path;
    this.gzip = gzip;
  }

  boolean hasBody() {
    return this.method.equals("POST");
  }

  /** The sample attributes sent by the add scenarios. */
  static Map<String, Object> attributes() {
    return Map.of("image", Map.of("url", "https://example.com/flowers/violet.jpg"));
  }

  /** The JSON body of {@code addSample} as the SDK sends it, built per call like the client. */
  static Map<String, Object> addSampleBody() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("name", SAMPLE_NAME);
    body.put("attributes", attributes());
    body.put("priority", 0.0);
    body.put("readme", "");
    return body;
  }
}
