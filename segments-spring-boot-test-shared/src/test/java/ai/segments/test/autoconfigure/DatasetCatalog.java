package ai.segments.test.autoconfigure;

import ai.segments.client.SegmentsClient;
import ai.segments.client.model.Dataset;
import java.util.List;
import org.springframework.stereotype.Service;

/** The service under test: lists the user's datasets. */
@Service
public class DatasetCatalog {

  private final SegmentsClient segments;

  DatasetCatalog(SegmentsClient segments) {
    this.segments = segments;
  }

  /**
   * The full names of the datasets the API key's user sees.
   *
   * @return the names
   */
  public List<String> datasetNames() {
    return this.segments.getDatasets().stream().map(Dataset::fullName).toList();
  }
}
