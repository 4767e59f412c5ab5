package ai.segments.autoconfigure.emulator;

import ai.segments.emulator.Seed;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded emulator, under the prefix {@code segments.emulator}. The switch itself,
 * {@code segments.emulator.enabled}, belongs to the starter's {@code segments} properties.
 */
@ConfigurationProperties("segments.emulator")
public class SegmentsEmulatorProperties {

  /** Port of the embedded emulator on 127.0.0.1; 0 picks a free port. */
  private int port;

  /** Data the embedded emulator starts with: the demo datasets, or none. */
  private Seed seed = Seed.DEMO;

  /**
   * The port of the embedded emulator.
   *
   * @return the port, 0 for a free one
   */
  public int getPort() {
    return this.port;
  }

  /**
   * Sets the port of the embedded emulator.
   *
   * @param port the port, 0 for a free one
   */
  public void setPort(int port) {
    this.port = port;
  }

  /**
   * The seed data of the embedded emulator.
   *
   * @return the seed
   */
  public Seed getSeed() {
    return this.seed;
  }

  /**
   * Sets the seed data of the embedded emulator.
   *
   * @param seed the seed
   */
  public void setSeed(Seed seed) {
    this.seed = seed;
  }
}
