package ai.segments.sample;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/releases}: the releases that exist and those announced by webhooks since startup,
 * with their readiness and a link per export format that applies ({@link ReleaseCatalog}).
 */
@RestController
public class ReleaseController {

  private final ReleaseCatalog catalog;

  /**
   * Creates the controller.
   *
   * @param catalog lists the releases
   */
  public ReleaseController(ReleaseCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * The releases.
   *
   * @return most recently changed first
   */
  @GetMapping("/api/releases")
  public List<ReleaseOverview> releases() {
    return this.catalog.releases();
  }
}
