package ai.segments.autoconfigure.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The repository's documentation: where the repository is, and its Markdown files. */
final class RepositoryDocs {

  /** The top-level documents, besides every Markdown file under {@code docs/}. */
  static final List<String> TOP_LEVEL =
      List.of(
          "README.md",
          "CONTRIBUTING.md",
          "RELIABILITY.md",
          "BENCHMARKS.md",
          "CHANGELOG.md",
          "segments-emulator/README.md");

  private RepositoryDocs() {}

  /**
   * The repository root: the nearest directory, from the working directory (the module's base
   * directory under Maven) upwards, that holds the Maven wrapper and a {@code pom.xml}.
   */
  static Path root() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no directory with mvnw above " + Path.of("").toAbsolutePath());
  }

  /** The documents the checks read: {@link #TOP_LEVEL} and {@code docs/**}{@code /*.md}. */
  static List<Path> markdownFiles(Path root) {
    List<Path> files = new ArrayList<>();
    TOP_LEVEL.forEach(name -> files.add(root.resolve(name)));
    try (Stream<Path> docs = Files.walk(root.resolve("docs"))) {
      docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }
}
