package ai.segments.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvManifestParserTest {

  private final CsvManifestParser parser = new CsvManifestParser();

  @Test
  void readsNameUrlAndMetadataColumns() {
    List<ManifestEntry> entries =
        this.parser.parse(
            "name,url,weather,camera\r\n"
                + "a.jpg,https://example.com/a.jpg,sunny,front\r\n"
                + "\r\n"
                + "b.jpg,https://example.com/b.jpg,,rear\n");

    assertThat(entries)
        .containsExactly(
            new ManifestEntry(
                "a.jpg",
                "https://example.com/a.jpg",
                Map.of("weather", "sunny", "camera", "front")),
            new ManifestEntry("b.jpg", "https://example.com/b.jpg", Map.of("camera", "rear")));
  }

  @Test
  void readsQuotedFieldsAndColumnsInAnyOrder() {
    List<ManifestEntry> entries =
        this.parser.parse(
            "URL,Name,note\n\"https://example.com/a,1.jpg\",\"a \"\"quoted\"\" name\",\"two\nlines\"");

    assertThat(entries)
        .containsExactly(
            new ManifestEntry(
                "a \"quoted\" name", "https://example.com/a,1.jpg", Map.of("note", "two\nlines")));
  }

  @Test
  void leavesMissingCellsEmptyForTheImportToReport() {
    assertThat(this.parser.parse("name,url\nonly-a-name\n"))
        .containsExactly(new ManifestEntry("only-a-name", null, Map.of()));
    assertThat(this.parser.parse("")).isEmpty();
  }

  @Test
  void rejectsAHeaderWithoutNameOrUrlAndAnUnclosedQuote() {
    assertThatThrownBy(() -> this.parser.parse("file,link\na,b"))
        .isInstanceOf(InvalidManifestException.class)
        .hasMessageContaining("'name' and 'url'");
    assertThatThrownBy(() -> this.parser.parse("name,url\n\"a,b"))
        .isInstanceOf(InvalidManifestException.class);
  }
}
