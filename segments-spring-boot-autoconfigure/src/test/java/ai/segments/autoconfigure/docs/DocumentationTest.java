package ai.segments.autoconfigure.docs;

import static org.assertj.core.api.Assertions.assertThat;

import ai.segments.autoconfigure.SegmentsProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The documentation holds together: every relative link in the Markdown files resolves to a file of
 * the repository (and to a heading when it names one), and every property in the starter's
 * configuration metadata has its row on the properties page, which names no other.
 */
class DocumentationTest {

  private static final String PROPERTIES_PAGE = "docs/properties.md";
  private static final List<String> METADATA =
      List.of(
          "META-INF/spring-configuration-metadata.json",
          "META-INF/additional-spring-configuration-metadata.json");
  private static final Pattern PROPERTY_ROW =
      Pattern.compile("^\\| `((?:segments|management)\\.[a-z0-9.-]+)` \\|");

  private final Path root = RepositoryDocs.root();

  @Test
  void everyRelativeLinkResolves() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path file : RepositoryDocs.markdownFiles(root)) {
      MarkdownFile markdown = MarkdownFile.read(file);
      for (String link : markdown.relativeLinks()) {
        String problem = problemOf(file, link);
        if (problem != null) {
          broken.add(root.relativize(file) + ": (" + link + ") " + problem);
        }
      }
    }
    assertThat(broken).as("broken links").isEmpty();
  }

  @Test
  void everyPropertyOfTheMetadataIsDocumentedAndNoOther() throws IOException, URISyntaxException {
    Set<String> metadata = metadataProperties();
    Set<String> documented = documentedProperties();
    assertThat(metadata).as("properties in the configuration metadata").isNotEmpty();
    assertThat(difference(metadata, documented))
        .as("properties of the metadata without a row in " + PROPERTIES_PAGE)
        .isEmpty();
    assertThat(difference(documented, metadata))
        .as("rows of " + PROPERTIES_PAGE + " naming no property of the metadata")
        .isEmpty();
  }

  @Test
  void headingsGetGitHubAnchors() {
    assertThat(MarkdownFile.slug("Exports (`ai.segments.client.export`)"))
        .isEqualTo("exports-aisegmentsclientexport");
    assertThat(MarkdownFile.slug("Downloads: where from, how long, and what a failing host costs"))
        .isEqualTo("downloads-where-from-how-long-and-what-a-failing-host-costs");
    assertThat(MarkdownFile.slug("Issue 13: fast_path 2³¹ été"))
        .isEqualTo("issue-13-fast_path-2³¹-été");
  }

  private String problemOf(Path file, String link) throws IOException {
    int hash = link.indexOf('#');
    String path =
        URLDecoder.decode(hash < 0 ? link : link.substring(0, hash), StandardCharsets.UTF_8);
    Path target = path.isEmpty() ? file : file.getParent().resolve(path).normalize();
    if (!target.startsWith(root)) {
      return "leaves the repository";
    }
    if (!Files.exists(target)) {
      return "no such file";
    }
    if (hash < 0) {
      return null;
    }
    String anchor = link.substring(hash + 1);
    if (!target.toString().endsWith(".md")) {
      return "an anchor in a file that is not Markdown";
    }
    return MarkdownFile.read(target).anchors().contains(anchor) ? null : "no such heading";
  }

  private Set<String> metadataProperties() throws IOException, URISyntaxException {
    Path classes =
        Path.of(
            SegmentsProperties.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ObjectMapper json = new ObjectMapper();
    Set<String> names = new TreeSet<>();
    for (String metadata : METADATA) {
      json.readTree(classes.resolve(metadata).toFile())
          .get("properties")
          .forEach(property -> names.add(property.get("name").asText()));
    }
    return names;
  }

  private static Set<String> difference(Set<String> all, Set<String> without) {
    Set<String> rest = new TreeSet<>(all);
    rest.removeAll(without);
    return rest;
  }

  private Set<String> documentedProperties() throws IOException {
    Set<String> names = new TreeSet<>();
    for (String line : Files.readAllLines(root.resolve(PROPERTIES_PAGE), StandardCharsets.UTF_8)) {
      Matcher row = PROPERTY_ROW.matcher(line);
      if (row.find()) {
        names.add(row.group(1));
      }
    }
    return names;
  }
}
