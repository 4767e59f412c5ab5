package ai.segments.sample;

import ai.segments.client.SegmentsClient;
import ai.segments.client.model.IssueStatus;
import java.util.List;
import org.springframework.stereotype.Service;

/** The issues of a dataset that still need attention. */
@Service
public class DatasetIssueService {

  private final SegmentsClient client;

  /**
   * Creates the service.
   *
   * @param client the Segments client
   */
  public DatasetIssueService(SegmentsClient client) {
    this.client = client;
  }

  /**
   * The open issues of a dataset, in the API's order.
   *
   * @param datasetIdentifier the dataset as {@code owner/name}
   * @return the open issues
   * @throws ai.segments.client.exception.NotFoundException when the dataset does not exist
   */
  public List<OpenIssue> openIssues(String datasetIdentifier) {
    return this.client.getIssues(datasetIdentifier).stream()
        .filter(issue -> issue.status() == IssueStatus.OPEN)
        .map(OpenIssue::of)
        .toList();
  }
}
