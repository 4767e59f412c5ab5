package ai.segments.testfixtures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The emulator seed file {@code seeds/team.json}, the one copy that the emulator's tests and the
 * integration tests read: users jane ({@code jane-key}), john ({@code john-key}, {@code
 * john-key-2}) and mary ({@code mary-key}), organization acme-robotics (jane admin, john labeler)
 * and the datasets jane/flowers, jane/public-garden and acme-robotics/lidar.
 */
public final class TeamSeedFile {

  private static final String RESOURCE = "/seeds/team.json";

  private TeamSeedFile() {}

  /**
   * The seed as a file, which the emulator's {@code seedFile} option and command line need: copied
   * once per JVM from this artifact (a folder or a jar) to a temporary file deleted on exit.
   *
   * @return the file
   */
  public static Path path() {
    return Copy.FILE;
  }

  /** Holds the copy, made on first use. */
  private static final class Copy {

    static final Path FILE = copy();

    private static Path copy() {
      try (InputStream in = TeamSeedFile.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(RESOURCE + " is missing from the classpath");
        }
        Path file = Files.createTempFile("segments-team-seed-", ".json");
        file.toFile().deleteOnExit();
        Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        return file;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
