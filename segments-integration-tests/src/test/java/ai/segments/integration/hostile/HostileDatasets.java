package ai.segments.integration.hostile;

import ai.segments.client.SegmentsClient;
import ai.segments.client.model.Dataset;
import ai.segments.client.model.TaskType;
import ai.segments.client.request.AddDatasetRequest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** The datasets the hostile-data tests create on the emulator: one category, a unique name. */
final class HostileDatasets {

  private static final AtomicInteger COUNTER = new AtomicInteger();

  private HostileDatasets() {}

  /**
   * Creates a dataset with the one category {@code car} (id 1).
   *
   * @param client the client of the dataset's owner
   * @param prefix the start of the dataset's name
   * @param taskType the task type
   * @return the dataset, {@code owner/name}
   */
  static String create(SegmentsClient client, String prefix, TaskType taskType) {
    Dataset dataset =
        client.addDataset(
            AddDatasetRequest.builder(prefix + "-" + COUNTER.incrementAndGet())
                .taskType(taskType)
                .taskAttributes(
                    Map.of(
                        "format_version",
                        "0.1",
                        "categories",
                        List.of(Map.of("name", "car", "id", 1))))
                .build());
    return dataset.owner().username() + "/" + dataset.name();
  }
}
