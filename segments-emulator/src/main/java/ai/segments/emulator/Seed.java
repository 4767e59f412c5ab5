package ai.segments.emulator;

/** The data an emulator starts with. */
public enum Seed {
  /**
   * The demo data: datasets of user {@value SegmentsEmulator#DEMO_USER} covering image
   * segmentation, image vector, image sequence, point-cloud cuboid (single and sequence),
   * point-cloud segmentation and multi-sensor task types, with labels, issues, a ready release
   * {@code v1.0} of each dataset that has an export format (flowers, street-scenes,
   * greenhouse-video) and generated images and label bitmaps served by the emulator itself.
   */
  DEMO,
  /** No datasets: only the default user {@value SegmentsEmulator#DEMO_USER}. */
  NONE
}
