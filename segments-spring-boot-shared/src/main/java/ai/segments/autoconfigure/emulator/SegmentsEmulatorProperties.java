package ai.segments.autoconfigure.emulator;

import ai.segments.emulator.Seed;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The embedded emulator, provided by the {@code segments-emulator} module, under the prefix {@code
 * segments.emulator}: the switch and the emulator's settings.
 */
@ConfigurationProperties("segments.emulator")
public class SegmentsEmulatorProperties {

  /**
   * Whether to start the embedded emulator and point the client at it (needs the segments-emulator
   * module on the classpath).
   */
  private boolean enabled = false;

  /** Port of the embedded emulator on 127.0.0.1; 0 picks a free port. */
  private int port;

  /** Data the embedded emulator starts with: the demo datasets, or none. */
  private Seed seed = Seed.DEMO;

  /**
   * Seed files (the emulator's seed-file format) loaded after the seed, in order, e.g. {@code
   * classpath:seeds/team.json}.
   */
  private List<Resource> seedFiles = new ArrayList<>();

  /** Creates the properties with their defaults. */
  public SegmentsEmulatorProperties() {}

  /**
   * Whether the emulator is enabled.
   *
   * @return {@code true} when enabled
   */
  public boolean isEnabled() {
    return this.enabled;
  }

  /**
   * Enables the emulator or not.
   *
   * @param enabled {@code true} to enable it
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

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

  /**
   * The seed files loaded after the seed.
   *
   * @return the seed files, in loading order
   */
  public List<Resource> getSeedFiles() {
    return this.seedFiles;
  }

  /**
   * Sets the seed files loaded after the seed.
   *
   * @param seedFiles the seed files, in loading order
   */
  public void setSeedFiles(List<Resource> seedFiles) {
    this.seedFiles = seedFiles;
  }
}
