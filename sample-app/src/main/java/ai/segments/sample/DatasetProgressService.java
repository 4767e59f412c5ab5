package ai.segments.sample;

import ai.segments.client.SegmentsClient;
import ai.segments.client.model.Dataset;
import ai.segments.client.model.LabelStats;
import ai.segments.client.model.LabelStatus;
import ai.segments.client.model.Sample;
import ai.segments.client.model.SampleLabel;
import ai.segments.client.paging.SampleQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/** Label progress of datasets, from the API's label statistics or by counting samples. */
@Service
public class DatasetProgressService {

  /** The labelset whose label statuses count. */
  public static final String GROUND_TRUTH = "ground-truth";

  private final SegmentsClient client;
  private final SampleQuery groundTruth;

  /**
   * Creates the service.
   *
   * @param client the Segments client
   * @param properties the page size
   */
  public DatasetProgressService(SegmentsClient client, SampleProperties properties) {
    this.client = client;
    this.groundTruth = properties.sampleQuery().labelset(GROUND_TRUTH).build();
  }

  /**
   * The progress of every dataset of the user, from each dataset's {@code label_stats}.
   *
   * @return one progress per dataset, in the API's order
   */
  public List<DatasetProgress> allDatasets() {
    try (Stream<Dataset> datasets = this.client.streamDatasets()) {
      return datasets.map(d -> DatasetProgress.of(d.fullName(), counts(d.labelStats()))).toList();
    }
  }

  /**
   * The progress of one dataset, counted by streaming all its samples with their ground-truth label
   * status through the auto-pagination API.
   *
   * @param datasetIdentifier the dataset as {@code owner/name}
   * @return the progress
   * @throws ai.segments.client.exception.NotFoundException when the dataset does not exist
   */
  public DatasetProgress dataset(String datasetIdentifier) {
    try (Stream<Sample> samples = this.client.streamSamples(datasetIdentifier, this.groundTruth)) {
      Map<String, Long> counts =
          samples.collect(
              Collectors.groupingBy(
                  DatasetProgressService::status, LinkedHashMap::new, Collectors.counting()));
      return DatasetProgress.of(datasetIdentifier, counts);
    }
  }

  private static String status(Sample sample) {
    SampleLabel label = sample.label();
    return (label != null) ? label.labelStatus().value() : LabelStatus.UNLABELED.value();
  }

  /** The counts of the API's label statistics, by status wire name; absent counts are left out. */
  static Map<String, Long> counts(LabelStats stats) {
    Map<LabelStatus, Function<LabelStats, Long>> fields = new LinkedHashMap<>();
    fields.put(LabelStatus.REVIEWED, LabelStats::reviewed);
    fields.put(LabelStatus.REVIEWING_IN_PROGRESS, LabelStats::reviewingInProgress);
    fields.put(LabelStatus.LABELED, LabelStats::labeled);
    fields.put(LabelStatus.LABELING_IN_PROGRESS, LabelStats::labelingInProgress);
    fields.put(LabelStatus.REJECTED, LabelStats::rejected);
    fields.put(LabelStatus.PRELABELED, LabelStats::prelabeled);
    fields.put(LabelStatus.SKIPPED, LabelStats::skipped);
    fields.put(LabelStatus.VERIFIED, LabelStats::verified);
    fields.put(LabelStatus.UNLABELED, LabelStats::unlabeled);
    Map<String, Long> counts = new LinkedHashMap<>();
    if (stats != null) {
      fields.forEach(
          (status, field) -> {
            Long count = field.apply(stats);
            if (count != null) {
              counts.put(status.value(), count);
            }
          });
    }
    return counts;
  }
}
