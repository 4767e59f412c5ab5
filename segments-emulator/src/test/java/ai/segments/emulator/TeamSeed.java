package ai.segments.emulator;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** The {@code seeds/team.json} test seed: users jane, john, mary and organization acme-robotics. */
final class TeamSeed {

  private TeamSeed() {}

  static Path file() {
    try {
      return Path.of(TeamSeed.class.getResource("/seeds/team.json").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An emulator builder with no demo data and the team seed file. */
  static SegmentsEmulator.Builder builder() {
    return SegmentsEmulator.builder().seed(Seed.NONE).seedFile(file());
  }
}
