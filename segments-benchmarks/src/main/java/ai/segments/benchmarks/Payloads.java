package ai.segments.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The fixed JSON payloads the benchmarks serve and parse, from {@code /payloads/}. */
public final class Payloads {

  /** A dataset with a handful of categories ({@code GET /datasets/{owner}/{name}/}). */
  public static final String DATASET = "dataset.json";

  /** An image sample ({@code GET /samples/{uuid}/}). */
  public static final String SAMPLE = "sample-image.json";

  /** A multi-sensor sequence label (lidar cuboids and camera vectors). */
  public static final String MULTISENSOR_LABEL = "label-multisensor.json";

  /** A point-cloud cuboid sequence dataset with rich task attributes. */
  public static final String RICH_DATASET = "dataset-pointcloud-cuboid-sequence.json";

  private Payloads() {}

  /**
   * The bytes of a payload.
   *
   * @param name the file name under {@code /payloads/}
   * @return its bytes
   */
  public static byte[] bytes(String name) {
    try (InputStream in = Payloads.class.getResourceAsStream("/payloads/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No payload " + name);
      }
      return in.readAllBytes();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
