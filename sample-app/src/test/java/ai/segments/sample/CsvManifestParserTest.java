package ai.segments.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

class CsvManifestParserTest {

  private final CsvManifestParser parser = new CsvManifestParser(3);

  private List<ManifestEntry> parse(String csv) throws IOException {
    return this.parser.parse(new StringReader(csv));
  }

  @Test
  void readsNameUrlAndMetadataColumns() throws IOException {
    List<ManifestEntry> entries =
        parse(
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
  void readsQuotedFieldsAndColumnsInAnyOrder() throws IOException {
    List<ManifestEntry> entries =
        parse(
            "URL,Name,note\n\"https://example.com/a,1.jpg\",\"a \"\"quoted\"\" name\",\"two\nlines\"");

    assertThat(entries)
        .containsExactly(
            new ManifestEntry(
                "a \"quoted\" name", "https://example.com/a,1.jpg", Map.of("note", "two\nlines")));
  }

  @Test
  void leavesMissingCellsEmptyForTheImportToReport() throws IOException {
    assertThat(parse("name,url\nonly-a-name\n"))
        .containsExactly(new ManifestEntry("only-a-name", null, Map.of()));
    assertThat(parse("")).isEmpty();
  }

  @Test
  void rejectsAHeaderWithoutNameOrUrlAndAnUnclosedQuote() {
    assertThatThrownBy(() -> parse("file,link\na,b"))
        .isInstanceOf(InvalidManifestException.class)
        .hasMessageContaining("'name' and 'url'");
    assertThatThrownBy(() -> parse("name,url\n\"a,b")).isInstanceOf(InvalidManifestException.class);
  }

  @Test
  void refusesMoreEntriesThanItsLimitWithA413() throws IOException {
    assertThat(parse("name,url\na,u\nb,u\n\nc,u\n")).hasSize(3);
    assertThatThrownBy(() -> parse("name,url\na,u\nb,u\nc,u\nd,u\n"))
        .isInstanceOfSatisfying(
            ErrorResponseException.class,
            ex -> {
              assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
              assertThat(ex.getBody().getDetail()).contains("sample.imports.max-entries");
            });
  }
}
