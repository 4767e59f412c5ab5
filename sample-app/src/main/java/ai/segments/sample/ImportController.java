package ai.segments.sample;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/datasets/{owner}/{name}/imports}: imports image samples from a manifest, either
 * a JSON array of {@code {"name", "url", "metadata"}} objects or a CSV file with the header {@code
 * name,url[,metadata columns…]}. Safe to re-run: samples already in the dataset are left alone.
 */
@RestController
public class ImportController {

  private static final String IMPORTS = "/api/datasets/{owner}/{name}/imports";

  private final SampleImportService imports;
  private final CsvManifestParser csv = new CsvManifestParser();

  /**
   * Creates the controller.
   *
   * @param imports imports manifests
   */
  public ImportController(SampleImportService imports) {
    this.imports = imports;
  }

  /**
   * Imports a JSON manifest.
   *
   * @param owner the dataset owner
   * @param name the dataset name
   * @param manifest the entries
   * @return the created, already present and failed counts
   */
  @PostMapping(path = IMPORTS, consumes = MediaType.APPLICATION_JSON_VALUE)
  public ImportResult importJson(
      @PathVariable String owner,
      @PathVariable String name,
      @RequestBody List<ManifestEntry> manifest) {
    return this.imports.importManifest(owner + "/" + name, manifest);
  }

  /**
   * Imports a CSV manifest.
   *
   * @param owner the dataset owner
   * @param name the dataset name
   * @param manifest the CSV text, header first
   * @return the created, already present and failed counts
   */
  @PostMapping(
      path = IMPORTS,
      consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
  public ImportResult importCsv(
      @PathVariable String owner, @PathVariable String name, @RequestBody String manifest) {
    return this.imports.importManifest(owner + "/" + name, this.csv.parse(manifest));
  }
}
