package ai.segments.sample;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/datasets/{owner}/{name}/imports}: imports image samples from a manifest, either
 * a JSON array of {@code {"name", "url", "metadata"}} objects ({@code application/json}) or a CSV
 * file with the header {@code name,url[,metadata columns…]} ({@code text/csv}). Safe to re-run:
 * samples already in the dataset are left alone. Bodies are bounded by {@code sample.imports} (a
 * 413 problem beyond; see {@link ImportBodies}).
 */
@RestController
public class ImportController {

  private static final String IMPORTS = "/api/datasets/{owner}/{name}/imports";

  private final SampleImportService imports;
  private final ImportBodies bodies;

  /**
   * Creates the controller.
   *
   * @param imports imports manifests
   * @param bodies reads manifests within their limits
   */
  public ImportController(SampleImportService imports, ImportBodies bodies) {
    this.imports = imports;
    this.bodies = bodies;
  }

  /**
   * Imports a JSON manifest.
   *
   * @param owner the dataset owner
   * @param name the dataset name
   * @param request the request, whose body is the manifest
   * @return the created, already present and failed counts
   * @throws IOException if reading the body fails
   */
  @PostMapping(path = IMPORTS, consumes = MediaType.APPLICATION_JSON_VALUE)
  public ImportResult importJson(
      @PathVariable String owner, @PathVariable String name, HttpServletRequest request)
      throws IOException {
    return this.imports.importManifest(owner + "/" + name, this.bodies.json(request));
  }

  /**
   * Imports a CSV manifest.
   *
   * @param owner the dataset owner
   * @param name the dataset name
   * @param request the request, whose body is the CSV text, header first
   * @return the created, already present and failed counts
   * @throws IOException if reading the body fails
   */
  @PostMapping(path = IMPORTS, consumes = "text/csv")
  public ImportResult importCsv(
      @PathVariable String owner, @PathVariable String name, HttpServletRequest request)
      throws IOException {
    return this.imports.importManifest(owner + "/" + name, this.bodies.csv(request));
  }
}
