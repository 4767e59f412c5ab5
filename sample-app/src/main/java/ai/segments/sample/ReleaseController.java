package ai.segments.sample;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/releases}: the releases announced by webhooks, with their readiness. */
@RestController
public class ReleaseController {

  private final ReleaseWatcher watcher;

  /**
   * Creates the controller.
   *
   * @param watcher follows the releases
   */
  public ReleaseController(ReleaseWatcher watcher) {
    this.watcher = watcher;
  }

  /**
   * The followed releases.
   *
   * @return most recently changed first
   */
  @GetMapping("/api/releases")
  public List<ReadyRelease> releases() {
    return this.watcher.releases();
  }
}
