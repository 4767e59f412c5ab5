package ai.segments.benchmarks.jmh;

import ai.segments.benchmarks.Payloads;
import ai.segments.client.json.SegmentsJson;
import ai.segments.client.model.Dataset;
import ai.segments.client.model.Label;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * (De)serialization of the largest payloads with the client's strict object mapper: a multi-sensor
 * sequence label (lidar cuboids and camera vectors) grown to {@value #FRAMES} frames per sensor,
 * and a point-cloud cuboid sequence dataset with rich task attributes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SerializationBenchmark {

  /** Frames per sensor of the benchmarked label. */
  public static final int FRAMES = 100;

  private final ObjectMapper mapper = SegmentsJson.objectMapper(true);
  private byte[] labelJson;
  private byte[] datasetJson;
  private Label label;
  private Dataset dataset;

  /**
   * Prepares the payloads and their parsed models.
   *
   * @throws IOException if a payload cannot be read
   */
  @Setup
  public void setUp() throws IOException {
    this.labelJson = this.mapper.writeValueAsBytes(largeLabel());
    this.datasetJson = Payloads.bytes(Payloads.RICH_DATASET);
    this.label = this.mapper.readValue(this.labelJson, Label.class);
    this.dataset = this.mapper.readValue(this.datasetJson, Dataset.class);
  }

  /**
   * Reads the multi-sensor label.
   *
   * @return the label
   * @throws IOException never
   */
  @Benchmark
  public Label readMultiSensorLabel() throws IOException {
    return this.mapper.readValue(this.labelJson, Label.class);
  }

  /**
   * Writes the multi-sensor label.
   *
   * @return the JSON
   * @throws IOException never
   */
  @Benchmark
  public byte[] writeMultiSensorLabel() throws IOException {
    return this.mapper.writeValueAsBytes(this.label);
  }

  /**
   * Reads the dataset with rich task attributes.
   *
   * @return the dataset
   * @throws IOException never
   */
  @Benchmark
  public Dataset readRichDataset() throws IOException {
    return this.mapper.readValue(this.datasetJson, Dataset.class);
  }

  /**
   * Writes the dataset with rich task attributes.
   *
   * @return the JSON
   * @throws IOException never
   */
  @Benchmark
  public byte[] writeRichDataset() throws IOException {
    return this.mapper.writeValueAsBytes(this.dataset);
  }

  /** The example label with each sensor's frames repeated up to {@link #FRAMES}. */
  private JsonNode largeLabel() throws IOException {
    ObjectNode label =
        (ObjectNode) this.mapper.readTree(Payloads.bytes(Payloads.MULTISENSOR_LABEL));
    for (JsonNode sensor : label.path("attributes").path("sensors")) {
      JsonNode frames = sensor.path("attributes").path("frames");
      if (!(frames instanceof ArrayNode original) || original.isEmpty()) {
        continue;
      }
      ArrayNode grown = this.mapper.createArrayNode();
      for (int i = 0; i < FRAMES; i++) {
        ObjectNode frame = (ObjectNode) original.get(i % original.size()).deepCopy();
        frame.put("timestamp", 1_714_655_000_000_000_000L + i * 100_000_000L);
        grown.add(frame);
      }
      ((ObjectNode) sensor.path("attributes")).set("frames", grown);
    }
    return label;
  }
}
