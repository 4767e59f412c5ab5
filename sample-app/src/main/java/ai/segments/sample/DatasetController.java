package ai.segments.sample;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read endpoints of a labeling team: label progress and open issues. {@code {owner}/{name}} is the
 * dataset identifier; errors of the Segments API come back as the starter's {@code ProblemDetail}s
 * (an unknown dataset is a 404).
 */
@RestController
@RequestMapping("/api/datasets")
public class DatasetController {

  private final DatasetProgressService progress;
  private final DatasetIssueService issues;

  /**
   * Creates the controller.
   *
   * @param progress computes label progress
   * @param issues lists open issues
   */
  public DatasetController(DatasetProgressService progress, DatasetIssueService issues) {
    this.progress = progress;
    this.issues = issues;
  }

  /**
   * {@code GET /api/datasets}: the user's datasets with their label progress.
   *
   * @return one progress per dataset
   */
  @GetMapping
  public List<DatasetProgress> datasets() {
    return this.progress.allDatasets();
  }

  /**
   * {@code GET /api/datasets/{owner}/{name}/progress}: one dataset's progress, counted over all its
   * samples.
   *
   * @param owner the dataset owner
   * @param name the dataset name
   * @return the progress
   */
  @GetMapping("/{owner}/{name}/progress")
  public DatasetProgress progress(@PathVariable String owner, @PathVariable String name) {
    return this.progress.dataset(owner + "/" + name);
  }

  /**
   * {@code GET /api/datasets/{owner}/{name}/issues}: the dataset's open issues.
   *
   * @param owner the dataset owner
   * @param name the dataset name
   * @return the open issues
   */
  @GetMapping("/{owner}/{name}/issues")
  public List<OpenIssue> issues(@PathVariable String owner, @PathVariable String name) {
    return this.issues.openIssues(owner + "/" + name);
  }
}
