package ai.segments.emulator;

/** The data an emulator starts with. */
public enum Seed {
  /**
   * The demo data: datasets of user {@value SegmentsEmulator#DEMO_USER} covering image
   * segmentation, image vector, image sequence, point-cloud cuboid (single and sequence),
   * point-cloud segmentation and multi-sensor task types, with labels, issues and a release.
   */
  DEMO,
  /** No datasets: only the default user {@value SegmentsEmulator#DEMO_USER}. */
  NONE
}
