package ai.segments.client.release;

import ai.segments.client.model.SegmentsDatasetCategory;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * Everything of a release file except its samples.
 *
 * @param name the release name
 * @param description the release description
 * @param createdAt when the release was created, as the file writes it
 * @param datasetOwner the dataset owner's username ({@code dataset.owner})
 * @param datasetName the dataset name
 * @param taskType the dataset's task type as written, e.g. {@code segmentation-bitmap}
 * @param taskAttributes the dataset's task attributes as written
 * @param categories the categories of {@code task_attributes.categories}
 * @param labelsets the names of the dataset's labelsets
 * @param sampleCount the number of samples in the file, before any filter
 */
public record ReleaseHeader(
    String name,
    String description,
    String createdAt,
    String datasetOwner,
    String datasetName,
    String taskType,
    JsonNode taskAttributes,
    List<SegmentsDatasetCategory> categories,
    List<String> labelsets,
    long sampleCount) {

  /** Copies the lists. */
  public ReleaseHeader {
    categories = List.copyOf(categories);
    labelsets = List.copyOf(labelsets);
  }

  /**
   * The SDK's {@code dataset_identifier}: {@code <owner>_<name>}, used in export file names.
   *
   * @return the identifier
   */
  public String datasetIdentifier() {
    return this.datasetOwner + "_" + this.datasetName;
  }
}
