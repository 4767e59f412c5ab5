package ai.segments.emulator;

import ai.segments.testfixtures.TeamSeedFile;

/**
 * The emulator on the {@link TeamSeedFile} test seed: users jane, john, mary and organization
 * acme-robotics.
 */
final class TeamSeed {

  private TeamSeed() {}

  /** An emulator builder with no demo data and the team seed file. */
  static SegmentsEmulator.Builder builder() {
    return SegmentsEmulator.builder().seed(Seed.NONE).seedFile(TeamSeedFile.path());
  }
}
